package com.atlassian.sal.api.transaction;

/** Stand-in: see docs/host-api.md. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
