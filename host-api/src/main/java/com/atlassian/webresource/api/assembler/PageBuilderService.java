package com.atlassian.webresource.api.assembler;

/** Stand-in: see docs/host-api.md. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
