/** HTTP: Jetty, authentication, the host's pages, REST and servlet modules, downloadable resources. */
package se.planprocess.devhost.web;
