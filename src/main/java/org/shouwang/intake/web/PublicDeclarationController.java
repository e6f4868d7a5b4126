package org.shouwang.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.shouwang.intake.internal.DeclarationForm;
import org.shouwang.intake.internal.DeclarationPlaces;
import org.shouwang.intake.internal.DifficultyType;
import org.shouwang.intake.internal.RateLimited;
import org.shouwang.intake.internal.SelfDeclarations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 农户自主申报 without login (docs/api.md): the page a household's QR code opens, the declaration itself and the
 * status behind a tracking code. CSRF stays on: the page fetches /api/auth/csrf first, as the app does.
 */
@RestController
@RequestMapping("/api/public")
class PublicDeclarationController {

    record Option(String code, String label) {
    }

    private final SelfDeclarations declarations;
    private final DeclarationPlaces places;

    PublicDeclarationController(SelfDeclarations declarations, DeclarationPlaces places) {
        this.declarations = declarations;
        this.places = places;
    }

    @GetMapping("/declare/{code}")
    DeclarationPlaces.Place place(@PathVariable String code, HttpServletRequest request) {
        return places.resolve(code, request.getRemoteAddr());
    }

    @GetMapping("/declaration-types")
    List<Option> types() {
        return Arrays.stream(DifficultyType.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    @PostMapping(path = "/declarations", consumes = "application/json")
    ResponseEntity<SelfDeclarations.Receipt> declare(@RequestBody DeclarationForm form, HttpServletRequest request) {
        SelfDeclarations.Receipt receipt = declarations.declare(form, request.getRemoteAddr());
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    @GetMapping("/declarations/{trackingCode}")
    SelfDeclarations.Progress progress(@PathVariable String trackingCode, HttpServletRequest request) {
        return declarations.progress(trackingCode, request.getRemoteAddr());
    }

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimited e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setTitle(e.getMessage());
        p.setProperty("code", "RATE_LIMITED");
        p.setProperty("errors", List.of());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(p);
    }
}
