package org.shouwang.campaign;

import java.util.ArrayList;
import java.util.List;
import org.shouwang.shared.Violation;

/**
 * What the responsible unit reports when a problem is rectified: the measures taken, the evidence (整改佐证) and the
 * file names or document numbers of the supporting material.
 */
public record RectificationReport(String measures, String evidence, List<String> attachments) {

    static final int MAX_TEXT = 2000;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_ATTACHMENT_NAME = 200;

    List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        ProblemText.check(v, "measures", measures, MAX_TEXT, true, "整改措施");
        ProblemText.check(v, "evidence", evidence, MAX_TEXT, true, "整改佐证");
        List<String> files = attachments == null ? List.of() : attachments;
        if (files.size() > MAX_ATTACHMENTS) {
            v.add(new Violation("attachments", "TOO_MANY_ATTACHMENTS", "佐证材料最多 " + MAX_ATTACHMENTS + " 项"));
            return v;
        }
        for (String f : files) {
            if (f == null || f.isBlank()) {
                v.add(new Violation("attachments", "ATTACHMENT_BLANK", "佐证材料名称不能为空"));
            } else if (f.strip().length() > MAX_ATTACHMENT_NAME) {
                v.add(new Violation("attachments", "ATTACHMENT_TOO_LONG", "佐证材料名称不能超过 " + MAX_ATTACHMENT_NAME + " 字"));
            } else if (f.chars().anyMatch(c -> c < 0x20)) {
                v.add(new Violation("attachments", "CONTROL_CHARACTERS", "佐证材料名称含有不可见的控制字符"));
            }
        }
        return v;
    }

    List<String> cleanAttachments() {
        return attachments == null ? List.of() : attachments.stream().map(String::strip).distinct().toList();
    }
}
