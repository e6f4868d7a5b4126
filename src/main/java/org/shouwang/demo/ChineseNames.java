package org.shouwang.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Invented but plausible Chinese person names, place names, numerals and mobile numbers. */
final class ChineseNames {

    /** Common surnames with rough weights (per mille of the population, 2020 census order). */
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
            + "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆";
    private static final int[] SURNAME_WEIGHTS = {71, 70, 64, 54, 45, 31, 23, 22, 21, 20, 17, 15, 13, 13, 12, 12, 12,
        11, 11, 9, 9, 8, 8, 7, 7, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
    private static final int[] SURNAME_CUMULATIVE = cumulative(SURNAME_WEIGHTS);

    private static final String[] MALE = {
        "建国德福贵生金山忠富长根春来保荣树林发友明华文海",
        "伟强军磊勇杰涛超刚平辉鹏飞波斌健俊帆帅旭宁龙峰亮成志东兵",
        "子浩宇轩睿泽博晨俊杰凯鑫昊然航鹏宸铭逸哲奕梓嘉佑"};
    private static final String[] FEMALE = {
        "秀英桂兰芳凤玉珍翠花淑兰素梅琴云霞美荣金爱菊",
        "芳娜敏静丽艳娟霞秀玲红梅燕萍雪慧婷倩颖琳晶丹洁",
        "欣怡佳萱雨涵梓诗悦思蕾可馨若彤语琪妍晴梦瑶"};

    private static final String[] TOWNSHIPS = {"槐树湾乡", "青山镇", "柳河镇", "石桥乡", "桃花镇", "白沙乡", "龙潭镇",
        "枫林乡", "杏花镇", "梅岭乡", "双河镇", "黄土岗乡", "凤凰镇", "松涧乡", "清水河镇", "金竹乡", "太平镇", "云雾乡",
        "长岭镇", "高店乡", "新集镇", "杨柳乡", "三河口镇", "王桥镇", "荷塘乡", "古城镇", "响水镇", "东湖乡", "仙桥乡",
        "白鹤镇"};
    private static final String PLACE_FIRST = "大小东西南北上下前后新老石柳杨李王张陈黄桃杏梨松竹梅兰菊荷枫槐桑青白红金银"
            + "龙凤鹤马牛羊鹿虎双三五九高长平安和兴永福寿团";
    private static final String PLACE_MIDDLE = "家子树石塘";
    private static final String PLACE_LAST = "庄湾岗店桥河塘岭山冲圩坝集楼营寨铺洼坡沟井园林埠湖滩畈墩堰港洲岔垄坪台岩峰谷泉溪";
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNames() {
    }

    private static int[] cumulative(int[] weights) {
        int[] result = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }

    static String surname(SplittableRandom random) {
        int pick = random.nextInt(SURNAME_CUMULATIVE[SURNAME_CUMULATIVE.length - 1]);
        int index = Arrays.binarySearch(SURNAME_CUMULATIVE, pick + 1);
        return String.valueOf(SURNAMES.charAt(index >= 0 ? index : -index - 1));
    }

    /** A surname other than {@code not} (for a spouse). */
    static String surnameOtherThan(SplittableRandom random, String not) {
        String surname = surname(random);
        while (surname.equals(not)) {
            surname = surname(random);
        }
        return surname;
    }

    /** A given name in the style of the birth year: 1 or 2 characters. */
    static String givenName(SplittableRandom random, boolean male, int birthYear) {
        int era = birthYear < 1965 ? 0 : birthYear < 1995 ? 1 : 2;
        String pool = (male ? MALE : FEMALE)[era];
        char first = pool.charAt(random.nextInt(pool.length()));
        if (random.nextInt(100) < (era == 1 ? 45 : 30)) {
            return String.valueOf(first);
        }
        char second = pool.charAt(random.nextInt(pool.length()));
        return second == first ? String.valueOf(first) + pool.charAt((pool.indexOf(first) + 1) % pool.length())
                : String.valueOf(first) + second;
    }

    static String personName(SplittableRandom random, boolean male) {
        return surname(random) + givenName(random, male, 1980);
    }

    static String township(int index) {
        return index < TOWNSHIPS.length ? TOWNSHIPS[index] : "第" + numeral(index + 1) + "乡";
    }

    /** {@code count} distinct village stems (without 村), shuffled by {@code random}. */
    static List<String> placeNames(SplittableRandom random, int count) {
        List<String> pool = new ArrayList<>();
        for (int m = -1; m < PLACE_MIDDLE.length() && pool.size() < count; m++) {
            String middle = m < 0 ? "" : String.valueOf(PLACE_MIDDLE.charAt(m));
            for (int f = 0; f < PLACE_FIRST.length(); f++) {
                for (int l = 0; l < PLACE_LAST.length(); l++) {
                    pool.add(PLACE_FIRST.charAt(f) + middle + PLACE_LAST.charAt(l));
                }
            }
        }
        for (int i = 0; pool.size() < count; i++) {
            pool.add(pool.get(i) + "新");
        }
        for (int i = pool.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return new ArrayList<>(pool.subList(0, count));
    }

    /** Chinese numeral for 1..99: 一, 十, 十一, 二十三. */
    static String numeral(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    /** An 11-digit mobile number starting 13x, 15x or 18x. */
    static String mobile(SplittableRandom random) {
        int series = random.nextInt(3);
        int third = random.nextInt(10);
        if (series == 1 && third == 4) {
            third = 3;
        }
        return (series == 0 ? "13" : series == 1 ? "15" : "18") + third
                + String.format("%08d", random.nextInt(100_000_000));
    }
}
