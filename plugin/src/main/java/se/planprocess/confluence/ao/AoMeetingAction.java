package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An action agreed at a meeting: text, owner's user key, due day ({@code YYYY-MM-DD} or null), and once done who
 * marked it and when (epoch ms; 0 while open). Closing is one conditional update ({@code WHERE DONE_BY IS NULL}).
 */
@Preload
@Table("MEETING_ACTION")
public interface AoMeetingAction extends Entity {
    @Indexed
    @NotNull
    int getDocId();

    void setDocId(int docId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getActionText();

    void setActionText(String text);

    @Indexed
    @NotNull
    String getOwnerKey();

    void setOwnerKey(String userKey);

    String getDueDate();

    void setDueDate(String day);

    String getDoneBy();

    void setDoneBy(String userKey);

    long getDoneAt();

    void setDoneAt(long epochMillis);
}
