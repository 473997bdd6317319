/** Both app jars resolved and started in Apache Felix with Gemini Blueprint, as Confluence loads an app. Tests only. */
package se.planprocess.osgi;
