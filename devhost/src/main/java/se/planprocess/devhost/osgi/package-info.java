/**
 * Package visibility as an OSGi framework gives a plugin bundle: its manifest's Import-Package, the packages the host
 * exports (some hidden on request, as Confluence's resolver hook hides internal packages), the resolution and the
 * bundle's class loader. No Jetty, store or web classes here.
 */
package se.planprocess.devhost.osgi;
