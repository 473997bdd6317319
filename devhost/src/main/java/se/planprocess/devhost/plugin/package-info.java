/** Loading the plugin jar: locating it, parsing atlassian-plugin.xml, the plugin class loader and its modules. */
package se.planprocess.devhost.plugin;
