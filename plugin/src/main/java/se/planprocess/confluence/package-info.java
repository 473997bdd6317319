/**
 * Planprocess for Confluence. Domain packages ({@code process}, {@code workflow}, {@code report},
 * {@code document}) are plain Java; Confluence and Active Objects are reached only through the adapter packages
 * ({@code host}, {@code ao}, {@code rest}, {@code listener}, {@code report.macro}, {@code report.blueprint}).
 */
package se.planprocess.confluence;
