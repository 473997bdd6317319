package com.atlassian.confluence.core;

import java.util.List;

/** Stand-in: see docs/host-api.md. One page of a longer result: the items from {@code start}, of {@code available}. */
public class PartialList<T> {
    private final int available;
    private final int start;
    private final List<T> list;

    public PartialList(int available, int start, List<T> list) {
        this.available = available;
        this.start = start;
        this.list = List.copyOf(list);
    }

    public int getAvailable() {
        return available;
    }

    public int getStart() {
        return start;
    }

    public int getCount() {
        return list.size();
    }

    public List<T> getList() {
        return list;
    }
}
