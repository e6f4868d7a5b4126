package org.shouwang.screening.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shouwang.shared.Labelled;

/** Stored codes to the Chinese labels rules compare with, looked up in a map built once per enumeration. */
final class Labels {

    private static final Map<Class<?>, Map<String, String>> BY_TYPE = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** The label of a code; an unknown code is shown as stored, a missing one as "". */
    static <E extends Enum<E> & Labelled> String of(Class<E> type, String code) {
        if (code == null) {
            return "";
        }
        return BY_TYPE.computeIfAbsent(type, t -> {
            Map<String, String> labels = new HashMap<>();
            for (E e : type.getEnumConstants()) {
                labels.put(e.name(), e.label());
            }
            return labels;
        }).getOrDefault(code, code);
    }
}
