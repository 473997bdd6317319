package se.planprocess.confluence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A decision recorded at a meeting ({@code docId}: the meeting's tracked document); {@code recordedAt}: epoch ms. */
@Preload
@Table("MEETING_DECISION")
public interface AoMeetingDecision extends Entity {
    @Indexed
    @NotNull
    int getDocId();

    void setDocId(int docId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDecisionText();

    void setDecisionText(String text);

    @NotNull
    String getRecordedBy();

    void setRecordedBy(String userKey);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long epochMillis);
}
