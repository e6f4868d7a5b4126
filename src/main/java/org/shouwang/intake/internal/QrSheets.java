package org.shouwang.intake.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The printable 一户一码 sheet of a village: the village's own code for posters and one code per household for the
 * 明白纸 handed to each family. Only names and household numbers are printed, never ID or phone numbers.
 */
@Component
public class QrSheets {

    public record Entry(String label, String householdNo, String code, String url) {
    }

    public record Sheet(String villageCode, String villageName, String townshipName, Entry village,
            List<Entry> households) {
    }

    // who hands out the sheets: the village clerk and the staff above it, not grid workers, contacts or inspectors
    private static final Set<Role> PRINTERS = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER,
            Role.COUNTY_REVIEWER, Role.COUNTY_ADMIN);

    private final DeclarationCodes codes;
    private final Regions regions;
    private final String publicUrl;

    QrSheets(DeclarationCodes codes, Regions regions, @Value("${shouwang.public-url:}") String publicUrl) {
        this.codes = codes;
        this.regions = regions;
        this.publicUrl = publicUrl.strip();
    }

    /** @param requestOrigin the origin the user reached the server by, used when {@code shouwang.public-url} is unset */
    public Sheet sheet(String village, CurrentUser user, String requestOrigin) {
        if (!PRINTERS.contains(user.role())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能打印申报二维码，请联系村级经办员");
        }
        if (!RegionCode.isValid(village) || !user.covers(village)) {
            throw ProblemException.notFound("村");
        }
        Regions.Region region = regions.byCode(village).filter(r -> r.level() == 5)
                .orElseThrow(() -> ProblemException.notFound("村"));
        String township = region.parentCode() == null ? null
                : regions.byCode(region.parentCode()).map(Regions.Region::name).orElse(null);
        String base = (publicUrl.isEmpty() ? requestOrigin : publicUrl).replaceAll("/+$", "");
        String villageCode = codes.villageCode(village, user.username());
        List<Entry> households = codes.householdCodes(village, user.username()).stream()
                .map(h -> new Entry(h.headName(), h.householdNo(), h.code(), url(base, h.code()))).toList();
        return new Sheet(village, region.name(), township,
                new Entry(region.name(), null, villageCode, url(base, villageCode)), households);
    }

    private static String url(String base, String code) {
        return base + "/#/declare/" + code;
    }
}
