package org.shouwang.assistance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.registry.HouseholdDetails;
import org.shouwang.shared.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 收入登记 (issue 4 point 7): what a followed household earned in a month (monitored households) or a quarter
 * (脱贫户). A period is registered once: a second registration of the same or an overlapping period is refused with
 * 409 and names the one on record, so a figure that elimination may already have relied on is never silently
 * replaced. Registering moves the household's INCOME schedule.
 */
// named: the registry has an IncomeRegistrations bean (income statements) too
@Component("followIncomeRegistrations")
public class IncomeRegistrations {

    private final IncomeRegistrationStore store;
    private final HouseholdDetails households;
    private final Schedules schedules;
    private final TransactionTemplate tx;
    private final Clock clock;

    IncomeRegistrations(IncomeRegistrationStore store, HouseholdDetails households, Schedules schedules,
            TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.households = households;
        this.schedules = schedules;
        this.tx = tx;
        this.clock = clock;
    }

    /** The same people who record visits register income; inspectors and department liaisons do not. */
    public static boolean mayRegister(CurrentUser user) {
        return Visits.mayRecord(user);
    }

    public IncomeRegistration register(long householdId, IncomeRegistrationDraft draft, CurrentUser user) {
        if (!mayRegister(user)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "INCOME_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能登记收入");
        }
        households.regionInScope(householdId, user);
        LocalDate today = LocalDate.now(clock);
        try {
            Long id = tx.execute(s -> {
                int members = store.lockHousehold(householdId);
                IncomeRegistrationRules.Entry e = IncomeRegistrationRules.check(draft, today, members);
                store.overlapping(householdId, e.period().start(), e.period().end()).ifPresent(old -> {
                    throw taken(old);
                });
                long newId = store.insert(householdId, e, user.username());
                schedules.incomeRegistered(householdId);
                return newId;
            });
            return store.byId(id);
        } catch (DuplicateKeyException e) {
            throw new ProblemException(HttpStatus.CONFLICT, "INCOME_PERIOD_TAKEN", "该期间的收入已登记");
        }
    }

    private static ProblemException taken(IncomeRegistration old) {
        return new ProblemException(HttpStatus.CONFLICT, "INCOME_PERIOD_TAKEN", "该户" + old.periodLabel()
                + "的收入已由 " + old.registeredBy() + " 登记（家庭纯收入 " + old.netIncome().toPlainString()
                + " 元），同一期间不能重复登记");
    }

    /** A household's registrations, newest period first; department liaisons do not read household income. */
    public List<IncomeRegistration> ofHousehold(long householdId, CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_LIAISON) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "INCOME_READ_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能查看农户收入登记");
        }
        households.regionInScope(householdId, user);
        return store.ofHousehold(householdId);
    }

    /**
     * A household's registrations, newest period first (ten years at most), for the elimination check. No scope or
     * role check: the calling module has already checked that the user sees the household.
     */
    public List<IncomeRegistration> registered(long householdId) {
        return store.ofHousehold(householdId);
    }

    /**
     * Whether the household's income was stably at or above {@code threshold} in each of the {@code months} whole
     * months before {@code asOf}'s month (DOMAIN.md 4.4: 收入持续稳定, normally half a year), for the elimination check.
     * A month without a registration, or covered by one below the threshold, makes it unstable; each period gets a line.
     */
    public IncomeStability stableAbove(long householdId, BigDecimal threshold, int months, LocalDate asOf) {
        if (months < 1 || months > 60 || threshold == null) {
            throw new IllegalArgumentException("months 1..60 and a threshold are required");
        }
        LocalDate to = asOf.withDayOfMonth(1).minusDays(1);
        LocalDate from = to.plusDays(1).minusMonths(months);
        List<IncomeRegistration> found = store.between(householdId, from, to);
        List<IncomeStability.PeriodCheck> checks = new ArrayList<>();
        boolean stable = true;
        IncomeRegistration last = null;
        for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
            LocalDate m = month;
            IncomeRegistration covering = found.stream()
                    .filter(r -> !r.periodStart().isAfter(m) && !r.periodEnd().isBefore(m)).findFirst().orElse(null);
            if (covering == null) {
                IncomePeriod p = IncomePeriod.of(m, m.plusMonths(1).minusDays(1));
                checks.add(new IncomeStability.PeriodCheck(p.code(), p.label(), p.start(), p.end(), false, null, false,
                        p.label() + "：未登记收入"));
                stable = false;
            } else if (covering != last) {
                boolean ok = covering.perCapitaYearly().compareTo(threshold) >= 0;
                stable &= ok;
                checks.add(new IncomeStability.PeriodCheck(covering.period(), covering.periodLabel(),
                        covering.periodStart(), covering.periodEnd(), true, covering.perCapitaYearly(), ok,
                        covering.periodLabel() + "：人均年化纯收入 " + covering.perCapitaYearly().toPlainString() + " 元，"
                                + (ok ? "不低于" : "低于") + "监测范围 " + threshold.toPlainString() + " 元"));
                last = covering;
            }
        }
        return new IncomeStability(stable, threshold, from, to, List.copyOf(checks),
                checks.stream().map(IncomeStability.PeriodCheck::reason).toList());
    }
}
