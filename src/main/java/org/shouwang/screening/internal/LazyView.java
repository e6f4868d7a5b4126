package org.shouwang.screening.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A view object (household, member, income) as the read-only map CEL expects, with a fixed set of fields whose values
 * are computed when a rule first reads them. A county run builds a view for every household and member, and rules read
 * few of their fields: filling a HashMap of every field for every member cost more than evaluating the rules.
 * Values are never null, so null marks "not computed yet". Iterates in the declared field order.
 */
abstract class LazyView<F extends Enum<F>> extends AbstractMap<String, Object> {

    /** The fields of one kind of view, shared by all its instances. */
    static final class Fields<F extends Enum<F>> {
        private final F[] all;
        private final Map<String, F> byName = new HashMap<>();

        Fields(Class<F> type) {
            this.all = type.getEnumConstants();
            for (F f : all) {
                byName.put(f.name(), f);
            }
        }
    }

    private final Fields<F> fields;
    private final Object[] values;

    LazyView(Fields<F> fields) {
        this.fields = fields;
        this.values = new Object[fields.all.length];
    }

    /** The value of a field; never null. */
    protected abstract Object compute(F field);

    final Object get(F field) {
        Object v = values[field.ordinal()];
        if (v == null) {
            v = compute(field);
            values[field.ordinal()] = v;
        }
        return v;
    }

    /** Sets a field computed together with another one. */
    final void put(F field, Object value) {
        values[field.ordinal()] = value;
    }

    @Override
    public Object get(Object key) {
        F field = fields.byName.get(key);
        return field == null ? null : get(field);
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.byName.containsKey(key);
    }

    @Override
    public int size() {
        return fields.all.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < fields.all.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        F f = fields.all[next++];
                        return new SimpleImmutableEntry<>(f.name(), get(f));
                    }
                };
            }

            @Override
            public int size() {
                return fields.all.length;
            }
        };
    }
}
