package org.shouwang.registry.web;

import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.access.Permission;
import org.shouwang.access.SensitiveReads;
import org.shouwang.registry.HouseholdDetails;
import org.shouwang.registry.HouseholdDraft;
import org.shouwang.registry.HouseholdEditing;
import org.shouwang.registry.HouseholdSearch;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.HouseholdView;
import org.shouwang.registry.IncomeDraft;
import org.shouwang.registry.IncomeRegistrations;
import org.shouwang.registry.MemberDraft;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.Registrations;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/households")
class HouseholdsController {

    private final CurrentUsers users;
    private final HouseholdSearch search;
    private final HouseholdDetails details;
    private final HouseholdEditing editing;
    private final IncomeRegistrations incomes;
    private final SensitiveReads sensitiveReads;
    private final JdbcClient jdbc;

    HouseholdsController(CurrentUsers users, HouseholdSearch search, HouseholdDetails details, HouseholdEditing editing,
            IncomeRegistrations incomes, SensitiveReads sensitiveReads, JdbcClient jdbc) {
        this.users = users;
        this.search = search;
        this.details = details;
        this.editing = editing;
        this.incomes = incomes;
        this.sensitiveReads = sensitiveReads;
        this.jdbc = jdbc;
    }

    record MemberInput(String name, String idNumber, org.shouwang.registry.Relation relation, String ethnicity,
            org.shouwang.registry.Education education, org.shouwang.registry.SchoolStage schoolStage,
            java.util.Set<org.shouwang.registry.Health> health, org.shouwang.registry.DisabilityCategory disabilityCategory,
            Integer disabilityGrade, org.shouwang.registry.LabourCapacity labourCapacity, String workPlace, Integer workMonths,
            org.shouwang.registry.MedicalInsurance medicalInsurance, org.shouwang.registry.PensionInsurance pensionInsurance,
            boolean dibao, boolean tekun, boolean relocated, String phone, Integer version) {

        MemberDraft draft() {
            return new MemberDraft(name, idNumber, relation, ethnicity, education, schoolStage, health, disabilityCategory,
                    disabilityGrade, labourCapacity, workPlace == null || workPlace.isBlank() ? null : workPlace, workMonths,
                    medicalInsurance, pensionInsurance, dibao, tekun, relocated, phone == null || phone.isBlank() ? null : phone);
        }
    }

    record NewHousehold(String householdNo, String regionCode, Long groupId, Long gridId, String address, String phone,
            HouseholdType householdType, Integer povertyExitYear, boolean relocated, String relocationSite,
            List<MemberInput> members) {
    }

    record IncomeInput(java.time.LocalDate periodStart, java.time.LocalDate periodEnd, java.math.BigDecimal wageIncome,
            java.math.BigDecimal businessIncome, java.math.BigDecimal propertyIncome, java.math.BigDecimal transferIncome,
            java.math.BigDecimal productionExpense, java.math.BigDecimal compliantSelfPaid, Integer version) {

        IncomeDraft draft() {
            return new IncomeDraft(periodStart, periodEnd, wageIncome, businessIncome, propertyIncome, transferIncome,
                    productionExpense, compliantSelfPaid);
        }
    }

    record Reveal(String field) {
    }

    @GetMapping
    HouseholdSearch.Page list(@RequestParam(required = false) String region, @RequestParam(required = false) HouseholdType type,
            @RequestParam(required = false) MonitoringCategory category, @RequestParam(required = false) String name,
            @RequestParam(required = false) String idNumber, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "householdNo,asc") String sort) {
        String[] s = sort.split(",");
        return search.search(new HouseholdSearch.Criteria(region, type, category, name, idNumber, s[0],
                s.length > 1 && "desc".equalsIgnoreCase(s[1]), page, size), users.current());
    }

    @GetMapping("/{id}")
    HouseholdView get(@PathVariable long id) {
        return details.view(id, users.current());
    }

    @GetMapping("/{id}/history")
    List<HouseholdView.Change> history(@PathVariable long id) {
        return details.history(id, users.current());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HouseholdView create(@RequestBody NewHousehold body) {
        CurrentUser user = users.current();
        List<MemberDraft> members = body.members() == null ? List.of() : body.members().stream().map(MemberInput::draft).toList();
        long id = editing.create(new HouseholdDraft(body.householdNo(), body.regionCode(), name("village_group", body.groupId()),
                name("grid", body.gridId()), body.householdType(), body.povertyExitYear(), body.address(), body.phone(), body.relocated(),
                body.relocationSite(), members, List.of()), user);
        return details.view(id, user);
    }

    @PutMapping("/{id}")
    HouseholdView update(@PathVariable long id, @RequestBody HouseholdEditing.HouseholdChange body) {
        CurrentUser user = users.current();
        editing.updateHousehold(id, body, user);
        return details.view(id, user);
    }

    @PostMapping("/{id}/members")
    HouseholdView addMember(@PathVariable long id, @RequestBody MemberInput body) {
        CurrentUser user = users.current();
        editing.addMember(id, body.draft(), user);
        return details.view(id, user);
    }

    @PutMapping("/{id}/members/{memberId}")
    HouseholdView updateMember(@PathVariable long id, @PathVariable long memberId, @RequestBody MemberInput body) {
        CurrentUser user = users.current();
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(new Violation("version", "VERSION_REQUIRED", "缺少版本号，请刷新页面后再改")));
        }
        editing.updateMember(id, memberId, body.draft(), body.version(), user);
        return details.view(id, user);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    HouseholdView removeMember(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String reason) {
        CurrentUser user = users.current();
        editing.removeMember(id, memberId, reason, user);
        return details.view(id, user);
    }

    @PostMapping("/{id}/incomes")
    HouseholdView addIncome(@PathVariable long id, @RequestBody IncomeInput body) {
        return saveIncome(id, null, body);
    }

    @PutMapping("/{id}/incomes/{incomeId}")
    HouseholdView updateIncome(@PathVariable long id, @PathVariable long incomeId, @RequestBody IncomeInput body) {
        return saveIncome(id, incomeId, body);
    }

    @PostMapping("/{id}/members/{memberId}/reveal")
    Map<String, String> reveal(@PathVariable long id, @PathVariable long memberId, @RequestBody Reveal body) {
        CurrentUser user = users.current();
        user.require(Permission.REVEAL_SENSITIVE);
        details.regionInScope(id, user);
        String column = switch (body.field() == null ? "" : body.field()) {
            case "idNumber" -> "id_number";
            case "phone" -> "phone";
            default -> throw ProblemException.invalid(List.of(new Violation("field", "FIELD_UNKNOWN", "只能查看证件号码或联系电话")));
        };
        String value = jdbc.sql("select " + column + " from member where id = ? and household_id = ?").params(memberId, id)
                .query((rs, n) -> rs.getString(1)).optional().orElseThrow(() -> ProblemException.notFound("该成员"));
        sensitiveReads.record(user, id, memberId, body.field());
        return java.util.Collections.singletonMap("value", value);
    }

    /** The household's own phone (户联系电话), shown masked on the household page. */
    @PostMapping("/{id}/reveal")
    Map<String, String> revealHouseholdPhone(@PathVariable long id, @RequestBody Reveal body) {
        CurrentUser user = users.current();
        user.require(Permission.REVEAL_SENSITIVE);
        details.regionInScope(id, user);
        if (!"phone".equals(body.field())) {
            throw ProblemException.invalid(List.of(new Violation("field", "FIELD_UNKNOWN", "户信息中只能查看联系电话")));
        }
        String value = jdbc.sql("select phone from household where id = ?").param(id).query(String.class).optional().orElse(null);
        sensitiveReads.record(user, id, null, "householdPhone");
        return java.util.Collections.singletonMap("value", value);
    }

    private HouseholdView saveIncome(long id, Long incomeId, IncomeInput body) {
        CurrentUser user = users.current();
        user.require(Permission.HOUSEHOLD_EDIT);
        details.regionInScope(id, user);
        Registrations.Outcome outcome = incomes.register(List.of(new IncomeRegistrations.Entry(null, id, incomeId,
                body.version(), body.draft())), user, "表单").get(0);
        if (outcome.status() == Registrations.Status.REJECTED) {
            throw ProblemException.invalid(outcome.violations());
        }
        return details.view(id, user);
    }

    private String name(String table, Long id) {
        return id == null ? null : jdbc.sql("select name from " + table + " where id = ?").param(id).query(String.class)
                .optional().orElse(null);
    }
}
