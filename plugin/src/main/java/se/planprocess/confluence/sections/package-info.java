/**
 * Section templates per document kind and version (domain): a kind's specification names its sections (their keys,
 * in order) and its built-in wordings; the region's own versions, copied from an existing one and reworded
 * (headings and guidance, Swedish and English), are configuration in the database. {@code SectionTemplates} answers
 * which wording is in force ({@code TemplateSet}, read once per request, never cached on a node) and keeps the
 * configured versions: checked by {@code TemplateRules} before anything is written, every change recorded with who,
 * when and what, on the revision the administrator saw ({@code TemplateStore} refuses a stale one). Plain Java: no
 * Confluence, AO, servlet, JAX-RS, Jackson or Spring.
 */
package se.planprocess.confluence.sections;
