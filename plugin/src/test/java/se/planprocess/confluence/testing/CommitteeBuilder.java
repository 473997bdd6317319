package se.planprocess.confluence.testing;

import se.planprocess.confluence.process.Committee;

/** {@code aCommittee().withId(2).withSpaceKey("RUN").inactive().build()}; defaults: the health-care committee. */
public final class CommitteeBuilder {
    private long id = 1;
    private String name = "Hälso- och sjukvårdsnämnden";
    private String shortName = "HSN";
    private String spaceKey = "HSN";
    private boolean active = true;

    private CommitteeBuilder() {
    }

    public static CommitteeBuilder aCommittee() {
        return new CommitteeBuilder();
    }

    public CommitteeBuilder withId(long id) {
        this.id = id;
        return this;
    }

    /** Not yet stored: the repository assigns the id. */
    public CommitteeBuilder unsaved() {
        return withId(0);
    }

    public CommitteeBuilder withName(String name) {
        this.name = name;
        return this;
    }

    public CommitteeBuilder withShortName(String shortName) {
        this.shortName = shortName;
        return this;
    }

    public CommitteeBuilder withSpaceKey(String spaceKey) {
        this.spaceKey = spaceKey;
        return this;
    }

    public CommitteeBuilder inactive() {
        this.active = false;
        return this;
    }

    public Committee build() {
        return new Committee(id, name, shortName, spaceKey, active);
    }
}
