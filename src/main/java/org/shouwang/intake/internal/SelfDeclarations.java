package org.shouwang.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouwang.registry.Members;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueOutcome;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Clues;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 农户自主申报: a declaration from the public page is checked, stored and turned into a clue for the village; the
 * applicant gets a tracking code that shows the status and nothing else.
 */
@Component
public class SelfDeclarations {

    /** What the applicant is told after submitting. {@code repeated}: the same declaration was already received. */
    public record Receipt(String trackingCode, LocalDate receivedOn, LocalDate dueOn, boolean repeated) {
    }

    /** The only answer a tracking code gives. */
    public record Progress(String status, String statusLabel, LocalDate receivedOn, LocalDate decidedOn,
            String outcomeLabel) {
    }

    // The same person naming the same difficulty again within a day is one declaration (a double tap, a retry).
    static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);

    private final DeclarationStore store;
    private final DeclarationCodes codes;
    private final DeclarationGuard guard;
    private final Members members;
    private final Clues clues;
    private final Clock clock;

    SelfDeclarations(DeclarationStore store, DeclarationCodes codes, DeclarationGuard guard, Members members,
            Clues clues, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.guard = guard;
        this.members = members;
        this.clues = clues;
        this.clock = clock;
    }

    @Transactional
    public Receipt declare(DeclarationForm form, String clientIp) {
        guard.submission(clientIp);
        DeclarationForm.Checked checked = form.check();
        DeclarationCodes.Target target = checked.valid() == null ? null
                : codes.resolve(checked.valid().code()).orElse(null);
        if (checked.valid() == null || target == null) {
            List<Violation> v = checked.valid() == null ? checked.violations()
                    : List.of(new Violation("code", "CODE_UNKNOWN", "二维码无效，请重新扫描村里张贴或发放的申报二维码"));
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    "申报信息有 " + v.size() + " 处需要修改，请按提示修改后再提交", v);
        }
        DeclarationForm.Valid f = checked.valid();
        store.lockIdNumber(f.idNumber());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<DeclarationStore.Stored> earlier = store.recent(f.idNumber(), f.difficulty(), now.minus(DUPLICATE_WINDOW));
        if (earlier.isPresent()) {
            DeclarationStore.Stored e = earlier.get();
            return new Receipt(e.trackingCode(), e.receivedOn(), e.dueOn(), true);
        }
        guard.newDeclaration(f.idNumber(), f.code());
        return store(f, target, now, clientIp);
    }

    private Receipt store(DeclarationForm.Valid f, DeclarationCodes.Target target, OffsetDateTime now, String clientIp) {
        Members.MemberRef member = members.byIdNumbers(List.of(f.idNumber())).get(f.idNumber());
        String region = member != null ? member.regionCode() : target.regionCode();
        LocalDate today = now.toLocalDate();
        LocalDate due = clues.dueDate(region, today);
        String tracking = newTrackingCode();
        store.insert(new DeclarationStore.NewDeclaration(tracking, f, region,
                member != null ? member.householdId() : null, today, due, now, guard.hash(clientIp)));
        // the clue page shows these as a table beside the reason, so the keys are the labels a clerk reads
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("困难类型", f.difficulty().label());
        values.put("情况说明", f.description());
        if (target.householdNo() != null) {
            values.put("扫码户号", target.householdNo());
        }
        Clues.Raised raised = clues.raise(new ClueSignal(region, member != null ? member.householdId() : null,
                f.name(), f.idNumber(), Channel.SELF_DECLARATION,
                "农户自主申报 · 跟踪码 " + tracking, "declaration:" + tracking, null,
                "农户自主申报：" + f.difficulty().label() + "（" + summary(f.description()) + "）", values, today,
                "declaration:" + tracking));
        store.linkClue(tracking, raised.clueId());
        return new Receipt(tracking, today, due, false);
    }

    /** The status for a tracking code; unknown and malformed codes get the same answer. */
    public Progress progress(String trackingCode, String clientIp) {
        guard.lookup(clientIp);
        String code = Tokens.normalise(trackingCode, Tokens.TRACKING_LENGTH, Tokens.TRACKING_LENGTH);
        Optional<DeclarationStore.Status> status = store.status(code == null ? "" : code);
        DeclarationStore.Status s = status.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "TRACKING_CODE_UNKNOWN", "没有查到这个跟踪码，请核对后重新输入（共10位，不含数字0和1）"));
        return new Progress(s.status().name(), s.status().label(), s.receivedOn(), s.decidedOn(),
                outcomeLabel(s.outcome()));
    }

    private String newTrackingCode() {
        String code;
        do {
            code = Tokens.random(Tokens.TRACKING_LENGTH);
        } while (store.trackingCodeTaken(code));
        return code;
    }

    private static String summary(String description) {
        String oneLine = description.replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= 40 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 40)) + "…";
    }

    /** The clue's decision, or once the identification case ended, its result ({@link CaseOutcomes}). */
    private static String outcomeLabel(String outcome) {
        if (outcome == null) {
            return null;
        }
        return CaseOutcomes.INCLUDED.equals(outcome) ? CaseOutcomes.INCLUDED_LABEL : ClueOutcome.valueOf(outcome).label();
    }
}
