package se.planprocess.devhost.blueprint;

/**
 * A blueprint page that cannot be created, answered as the create-content plugin's {@code ResourceErrorBean}
 * ({@code errorCode}, {@code errorType}, {@code errorData}, {@code errorMessage}); the dialog shows the message
 * escaped.
 */
public final class BlueprintException extends RuntimeException {
    /** create-content's {@code ResourceErrorType} values (their JSON form) that the host answers with. */
    public static final String INVALID_SPACE = "INVALID:SPACE";
    public static final String INVALID_BLUEPRINT = "INVALID:BLUEPRINT";
    public static final String INVALID_ENTITY = "INVALID:ENTITY";
    public static final String INVALID_CREATE_RESULT = "INVALID:CREATE_RESULT:BLUEPRINT";
    public static final String PARAMETER_MISSING = "PARAMETER:MISSING";
    public static final String NOT_FOUND_SPACE = "NOT_FOUND:SPACE";
    public static final String DUPLICATED_TITLE = "DUPLICATED:TITLE";
    public static final String PERMISSION_CREATE_PAGE = "PERMISSION:USER:CREATE:PAGE";
    public static final String PERMISSION_CREATE = "PERMISSION:USER:CREATE";
    public static final String PERMISSION_VIEW_PAGE = "PERMISSION:USER:VIEW:PAGE";
    public static final String PERMISSION_SET_PAGE_RESTRICTIONS = "PERMISSION:USER:PAGE";
    public static final String UNKNOWN = "UNKNOWN";
    /** create-content's {@code ResourceErrorType} for space requests (the host spells them like the others). */
    public static final String INVALID_SPACE_KEY = "INVALID:SPACE_KEY";
    public static final String PERMISSION_CREATE_SPACE = "PERMISSION:USER:CREATE:SPACE";
    public static final String PERMISSION_ANONYMOUS_CREATE_SPACE = "PERMISSION:ANONYMOUS:CREATE:SPACE";
    public static final String DUPLICATED_SPACE = "DUPLICATED:SPACE";

    private final int status;
    private final String errorType;
    private final transient Object errorData;

    public BlueprintException(int status, String errorType, Object errorData, String message) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.errorData = errorData;
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    public Object errorData() {
        return errorData;
    }
}
