/** Rendering: Velocity with Confluence's escaping rules, storage format to HTML, macros, i18n, web resources. */
package se.planprocess.devhost.render;
