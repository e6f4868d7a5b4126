package org.shouwang.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.identification.internal.CaseStore;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.registry.Monitoring;
import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The case's printable documents in Chinese (issue 4, point 4). The publicity notice and the announcement are posted
 * in the village, so they carry names, village and category only, never ID numbers, phones or health details
 * (DOMAIN.md 6); the review record and the review forms stay in the file and carry the step's record.
 */
@Service
public class CaseDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Cases cases;
    private final CaseStore store;
    private final Monitoring monitoring;
    private final Regions regions;
    private final PolicyProfiles profiles;
    private final Clock clock;

    CaseDocuments(Cases cases, CaseStore store, Monitoring monitoring, Regions regions, PolicyProfiles profiles, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.monitoring = monitoring;
        this.regions = regions;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The document as an HTML page; 404 outside the user's scope, 422 while its step is not done. */
    public String render(long id, DocumentKind kind, CurrentUser user) {
        IdentificationCase c = store.load(cases.visible(id, user), clock, 0);
        StepRecord record = last(c, kind.step());
        if (record == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "DOCUMENT_NOT_READY",
                    kind.label() + "须在" + kind.step().label() + "完成后才能生成");
        }
        if (kind == DocumentKind.PUBLICITY_NOTICE && !Boolean.TRUE.equals(record.details().get("passed"))) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "DOCUMENT_NOT_READY", "民主评议未通过，不进行公示");
        }
        Monitoring.Household h = monitoring.find(c.householdId()).orElseThrow();
        Place place = new Place(name(c.regionCode()), name(c.regionCode().substring(0, 9) + "000"),
                name(c.regionCode().substring(0, 6) + "000000"));
        LocalDate on = day(record);
        String object = profiles.inForce(c.regionCode(), on).label("monitoredObject", "监测对象");
        DocumentPages pages = new DocumentPages(c, h, place, object, DAY, clock.getZone());
        return switch (kind) {
            case PUBLICITY_NOTICE -> pages.publicityNotice(record, last(c, CaseStep.PUBLICITY),
                    cases.rules(c.regionCode(), c.openedOn()).publicityDays());
            case REVIEW_RECORD -> pages.reviewRecord(record);
            case TOWNSHIP_REVIEW_FORM -> pages.townshipForm(record, last(c, CaseStep.HOME_CHECK),
                    last(c, CaseStep.DEMOCRATIC_REVIEW), last(c, CaseStep.PUBLICITY), last(c, CaseStep.DATA_COMPARISON));
            case COUNTY_REVIEW_FORM -> pages.countyForm(record, last(c, CaseStep.TOWNSHIP_REVIEW));
            case ANNOUNCEMENT -> pages.announcement(record, c.category());
        };
    }

    /** A place named in a document: the village, its township and county. */
    record Place(String village, String township, String county) {
    }

    private LocalDate day(StepRecord r) {
        return r.at().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    static StepRecord last(IdentificationCase c, CaseStep step) {
        List<StepRecord> steps = c.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step() == step) {
                return steps.get(i);
            }
        }
        return null;
    }

    private String name(String code) {
        return regions.byCode(code).map(Regions.Region::name).orElse(code);
    }

    static String text(Map<String, Object> details, String key) {
        Object v = details == null ? null : details.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
