package org.shouwang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.shouwang.registry.Relation;

/**
 * Draws who lives in a household: size 1-7 (mean about 3.35), exactly one 户主 first, at most one 配偶 of the
 * opposite sex, then children (with a son's wife and children), the head's parents and, to fill up, siblings.
 * Ages fit the relations (parents 20-40 years older than their children); children carry the father's surname.
 */
final class FamilyComposer {

    /** Household size distribution in percent for 1..7 members. */
    private static final int[] SIZE_PERCENT = {12, 22, 22, 20, 13, 7, 4};
    private static final int MAX_AGE = 98;

    private final SplittableRandom random;
    private final IdNumbers idNumbers;
    private final LocalDate referenceDate;

    private List<DemoMember> members;
    private int size;

    FamilyComposer(SplittableRandom random, IdNumbers idNumbers, LocalDate referenceDate) {
        this.random = random;
        this.idNumbers = idNumbers;
        this.referenceDate = referenceDate;
    }

    List<DemoMember> compose() {
        size = drawSize();
        members = new ArrayList<>(size);
        int headAge;
        boolean married;
        boolean headMale;
        if (size == 1) {
            headAge = percent(75) ? 60 + random.nextInt(30) : 28 + random.nextInt(32);
            married = false;
            headMale = percent(60);
        } else if (size == 2) {
            int pattern = random.nextInt(100);
            married = pattern < 55 || pattern >= 80;
            headAge = pattern < 55 ? 58 + random.nextInt(28) : pattern < 80 ? 42 + random.nextInt(30)
                    : 23 + random.nextInt(17);
            headMale = married ? percent(90) : percent(50);
        } else {
            headAge = 26 + random.nextInt(50);
            married = percent(94);
            headMale = percent(90);
        }
        String headSurname = ChineseNames.surname(random);
        add(Relation.HEAD, headAge, headMale, headSurname);
        String childSurname = headSurname;
        if (married) {
            int gap = random.nextInt(6) + (percent(20) ? random.nextInt(3) - 1 : 0);
            int spouseAge = Math.max(20, headMale ? headAge - gap : headAge + gap);
            String spouseSurname = ChineseNames.surnameOtherThan(random, headSurname);
            add(Relation.SPOUSE, Math.min(spouseAge, MAX_AGE), !headMale, spouseSurname);
            childSurname = headMale ? headSurname : spouseSurname;
        }
        addChildren(headAge, married, childSurname);
        if (members.size() < size && headAge <= 60) {
            addParents(headAge, headSurname);
        }
        while (members.size() < size) {
            int age = Math.max(1, headAge - 12 + random.nextInt(18));
            add(age < 18 ? Relation.NEPHEW_NIECE : Relation.SIBLING, age, percent(50),
                    age < 18 ? headSurname : percent(50) ? headSurname : ChineseNames.surname(random));
        }
        return members;
    }

    private void addChildren(int headAge, boolean married, String surname) {
        int parentAge = married ? Math.min(headAge, members.get(1).age) : headAge;
        int maxChildren = parentAge < 30 ? 2 : parentAge < 45 ? 3 : 4;
        int childAge = parentAge - 22 - random.nextInt(9);
        for (int child = 0; child < maxChildren && members.size() < size && childAge >= 0; child++) {
            boolean male = percent(52);
            add(male ? Relation.SON : Relation.DAUGHTER, childAge, male, surname);
            if (male && childAge >= 23 && members.size() + 1 < size && percent(85)) {
                int wifeAge = Math.max(20, childAge - 3 + random.nextInt(5));
                add(Relation.DAUGHTER_IN_LAW, wifeAge, false, ChineseNames.surnameOtherThan(random, surname));
                addGrandchildren(Math.min(childAge, wifeAge), surname, Relation.GRANDCHILD);
            } else if (!male && childAge >= 24 && members.size() + 1 < size && percent(8)) {
                String husband = ChineseNames.surnameOtherThan(random, surname);
                add(Relation.SON_IN_LAW, childAge + random.nextInt(4), true, husband);
                addGrandchildren(childAge, husband, Relation.MATERNAL_GRANDCHILD);
            }
            childAge -= 1 + random.nextInt(5);
        }
    }

    private void addGrandchildren(int parentAge, String surname, Relation relation) {
        int age = parentAge - 21 - random.nextInt(8);
        for (int i = 0; i < 3 && members.size() < size && age >= 0; i++) {
            add(relation, age, percent(52), surname);
            age -= 1 + random.nextInt(4);
        }
    }

    private void addParents(int headAge, String headSurname) {
        int fatherAge = headAge + 22 + random.nextInt(12);
        int motherAge = fatherAge - random.nextInt(5);
        if (motherAge <= MAX_AGE) {
            add(Relation.PARENT, motherAge, false, ChineseNames.surnameOtherThan(random, headSurname));
        }
        if (members.size() < size && fatherAge <= MAX_AGE - 4 && percent(70)) {
            add(Relation.PARENT, fatherAge, true, headSurname);
        }
    }

    private void add(Relation relation, int age, boolean male, String surname) {
        LocalDate birth = referenceDate.minusYears(age).minusDays(random.nextInt(365));
        String idNumber = idNumbers.next(birth, male);
        LocalDate actualBirth = IdNumbers.birthDate(idNumber);
        int actualAge = actualBirth.until(referenceDate).getYears();
        String name = surname + ChineseNames.givenName(random, male, actualBirth.getYear());
        members.add(new DemoMember(name, idNumber, male, actualBirth, actualAge, relation));
    }

    private int drawSize() {
        int pick = random.nextInt(100);
        for (int i = 0; i < SIZE_PERCENT.length; i++) {
            pick -= SIZE_PERCENT[i];
            if (pick < 0) {
                return i + 1;
            }
        }
        return SIZE_PERCENT.length;
    }

    private boolean percent(int p) {
        return random.nextInt(100) < p;
    }
}
