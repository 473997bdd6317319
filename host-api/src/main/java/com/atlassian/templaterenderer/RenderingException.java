package com.atlassian.templaterenderer;

/** Stand-in: unchecked, as in atlassian-template-renderer-api. */
public class RenderingException extends RuntimeException {
    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
