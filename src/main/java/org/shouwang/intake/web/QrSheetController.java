package org.shouwang.intake.web;

import org.shouwang.access.CurrentUsers;
import org.shouwang.intake.internal.QrSheets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The village's 一户一码 sheet for printing; codes are created the first time and kept. */
@RestController
@RequestMapping("/api/declaration-codes")
class QrSheetController {

    private final QrSheets sheets;
    private final CurrentUsers users;

    QrSheetController(QrSheets sheets, CurrentUsers users) {
        this.sheets = sheets;
        this.users = users;
    }

    @GetMapping("/sheet")
    QrSheets.Sheet sheet(@RequestParam String village) {
        return sheets.sheet(village, users.current(), ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
