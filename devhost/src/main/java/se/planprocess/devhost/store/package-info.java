/** Plain JDBC tables (prefix DEVHOST_) on H2 or PostgreSQL: users, groups, spaces, pages, labels, permissions. */
package se.planprocess.devhost.store;
