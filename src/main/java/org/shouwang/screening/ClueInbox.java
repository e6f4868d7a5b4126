package org.shouwang.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.screening.internal.InboxCounts;
import org.shouwang.screening.internal.InboxQueries;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The clue inbox as village, township and county staff read it (issue 3, points 10 and 11): clues of the user's
 * region range with their due dates, every signal that explains a clue, and open and overdue counts per township or
 * village. The user's scope is always applied, whatever the parameters say.
 */
@Component
public class ClueInbox {

    public record Criteria(ClueStatus status, Channel channel, String region, boolean overdueOnly, Long householdId,
            int page, int size) {
    }

    public record Option(String code, String label) {
    }

    /**
     * @param overdue          still open after its due date
     * @param dueSoon          open and due within {@link #DUE_SOON_WORKING_DAYS} working days (today included)
     * @param workingDaysLeft  working days from today to the due date; negative when overdue; null once decided
     */
    public record Row(long id, Long householdId, String householdNo, String headName, String headIdNumberMasked,
            String regionCode, String villageName, String townshipName, List<Option> channels, int signalCount,
            LocalDate openedOn, LocalDate dueOn, ClueStatus status, String statusLabel, boolean overdue, boolean dueSoon,
            Integer workingDaysLeft, boolean alreadyMonitored, ClueOutcome outcome, String outcomeLabel,
            Instant decidedAt) {
    }

    public record Page(List<Row> items, long total, int page, int size) {
    }

    /** One signal as the village reads it: where it came from, which rule fired, why, and the values the rule saw. */
    public record Signal(long id, Channel channel, String channelLabel, String source, String ruleCode, String reason,
            Map<String, Object> values, LocalDate raisedOn) {
    }

    public record Event(Instant at, String actor, String action, String actionLabel, ClueStatus statusBefore,
            ClueStatus statusAfter, ClueOutcome outcome, String outcomeLabel, String reasonLabel, String note) {
    }

    /**
     * @param monitoringStatusLabel the household's monitoring status today (the row's alreadyMonitored is as of opening)
     * @param decidable             whether the caller may decide the clue now
     */
    public record Detail(Row clue, String regionPath, String monitoringStatus, String monitoringStatusLabel,
            NotIncludedReason reason, String reasonLabel, String note, String decidedBy, int version, boolean decidable,
            List<Signal> signals, List<Event> events) {
    }

    public record Count(String regionCode, String regionName, long open, long overdue, long dueSoon) {
    }

    /** The region's own totals and one line per child region (townships of a county, villages of a township). */
    public record Counts(Count total, List<Count> children) {
    }

    /** "Due soon" is the last two working days before the due date, when a reminder still helps. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    private final InboxQueries queries;
    private final InboxCounts counts;

    ClueInbox(InboxQueries queries, InboxCounts counts) {
        this.queries = queries;
        this.counts = counts;
    }

    public Page search(Criteria criteria, CurrentUser user) {
        requireReader(user);
        return queries.search(criteria, user);
    }

    public Detail detail(long clueId, CurrentUser user) {
        requireReader(user);
        return queries.detail(clueId, user)
                .orElseThrow(() -> ProblemException.notFound("线索"));
    }

    public Counts counts(String region, CurrentUser user) {
        requireReader(user);
        return counts.counts(region, user);
    }

    /**
     * A department liaison sends data but does not read what other departments and the villages know about a
     * household; every other role reads the clues of its region range.
     */
    static void requireReader(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_LIAISON) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "CLUE_READ_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能查看风险线索");
        }
    }
}
