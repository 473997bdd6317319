package se.planprocess.devhost.content;

/** A page operation that Confluence would refuse (duplicate title, missing page, wrong state). */
public final class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }
}
