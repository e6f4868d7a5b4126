package org.shouwang.intake.internal;

import org.shouwang.registry.Regions;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the public page may show about the QR code it was opened from: the village and township, and for a household
 * code the head's surname with the given name hidden, so a family recognises its own code and a stranger learns
 * nothing.
 */
@Component
public class DeclarationPlaces {

    public record Place(String villageName, String townshipName, boolean householdCode, String headName) {
    }

    private final DeclarationCodes codes;
    private final DeclarationGuard guard;
    private final Regions regions;

    DeclarationPlaces(DeclarationCodes codes, DeclarationGuard guard, Regions regions) {
        this.codes = codes;
        this.guard = guard;
        this.regions = regions;
    }

    public Place resolve(String code, String clientIp) {
        guard.lookup(clientIp);
        String normalised = Tokens.normalise(code, Tokens.QR_LENGTH, Tokens.QR_LENGTH);
        DeclarationCodes.Target t = codes.resolve(normalised == null ? "" : normalised).orElseThrow(() ->
                new ProblemException(HttpStatus.NOT_FOUND, "CODE_UNKNOWN", "二维码无效，请重新扫描村里张贴或发放的申报二维码"));
        Regions.Region village = regions.byCode(t.regionCode()).orElseThrow();
        String township = village.parentCode() == null ? null
                : regions.byCode(village.parentCode()).map(Regions.Region::name).orElse(null);
        return new Place(village.name(), township, t.householdId() != null, masked(t.headName()));
    }

    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        // always two stars: the length of the given name is not shown either
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
    }
}
