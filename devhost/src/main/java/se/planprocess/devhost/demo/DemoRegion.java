package se.planprocess.devhost.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.content.PageService;
import se.planprocess.devhost.content.SpaceService;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.security.Passwords;
import se.planprocess.devhost.security.UserDirectory;
import se.planprocess.devhost.store.MetaStore;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;
import se.planprocess.devhost.store.UserRecord;
import se.planprocess.devhost.store.UserStore;

/**
 * The demo region, created once (or again after --reset): role-based users (no real names), committee spaces with
 * their permissions, space home pages and the meeting pages of the seeds moved into the demo year. The app's own
 * demo data is seeded through its REST API and blueprint by {@link #seedAppData(DemoHttpClient, se.planprocess.devhost.DemoClock)}.
 */
public final class DemoRegion {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRegion.class);

    /** Demo only: every demo user has this password. */
    public static final String DEMO_PASSWORD = "demo";
    public static final String EKONOMISTABEN = "planprocess-ekonomistaben";
    public static final String NAMNDER = "planprocess-namnder";
    /** Krisledningsnämnden's own group: the only committee members who may see its space. */
    public static final String KRISLEDNING = "planprocess-krisledning";
    public static final String SEEDED = "demo.seeded";
    /** The committee space the demo makes from the app's "Nämndrum" space blueprint (not created here). */
    public static final String COMMITTEE_ROOM = "TAND";
    /** Ekonomistaben's process space, made from the app's "Planeringsprocess" space blueprint. */
    public static final String PLANNING_SPACE = "PLAN";

    /** Committee spaces anyone in the region's process may see (REVISION is restricted). */
    static final List<String[]> COMMITTEES = List.of(
            new String[] {"HSN", "Hälso- och sjukvårdsnämnden", "Nämnden för hälso- och sjukvård i regionen."},
            new String[] {"RUN", "Regionala utvecklingsnämnden", "Nämnden för regional utveckling, näringsliv och kompetensförsörjning."},
            new String[] {"KULTUR", "Kulturnämnden", "Nämnden för regionens kulturverksamhet och kultursamverkan."},
            new String[] {"PAT", "Patientnämnden", "Nämnden som tar emot synpunkter och klagomål från patienter och närstående."},
            new String[] {"FOLK", "Folkhögskolenämnden", "Nämnden för regionens folkhögskolor."},
            new String[] {"KOLL", "Kollektivtrafiknämnden", "Nämnden för den regionala kollektivtrafiken."},
            new String[] {"TAND", "Tandvårdsnämnden", "Nämnden för folktandvård och tandvårdsstöd."});

    /**
     * The committee whose space only its own group (and ekonomistaben) may see: the other committees' people do not
     * see it in the tracker at all.
     */
    static final String[] RESTRICTED_COMMITTEE = {"KRIS", "Krisledningsnämnden",
            "Nämnden som leder regionens verksamhet vid extraordinära händelser (begränsad)."};

    private final UserStore users;
    private final SpaceStore spaces;
    private final PageStore pages;
    private final SpaceService spaceService;
    private final PageService pageService;
    private final UserDirectory directory;
    private final MetaStore meta;

    public DemoRegion(UserStore users, SpaceStore spaces, PageStore pages, SpaceService spaceService,
                      PageService pageService, UserDirectory directory, MetaStore meta) {
        this.users = users;
        this.spaces = spaces;
        this.pages = pages;
        this.spaceService = spaceService;
        this.pageService = pageService;
        this.directory = directory;
        this.meta = meta;
    }

    public boolean isCreated() {
        return meta.get(SEEDED) != null;
    }

    /** Creates users, groups, spaces, permissions and pages; the demo year's dates come from {@code today}. */
    public void create(LocalDate today) {
        int year = today.getYear();
        String hash = Passwords.hash(DEMO_PASSWORD);
        for (String group : List.of(UserDirectory.ADMINISTRATORS, UserDirectory.USERS, EKONOMISTABEN, NAMNDER,
                KRISLEDNING)) {
            users.createGroup(group);
        }
        user("admin", "Systemadministratör", "sv", hash, UserDirectory.ADMINISTRATORS);
        user("ekonomi", "Controller, Ekonomistaben", "sv", hash, EKONOMISTABEN);
        user("sekreterare.hsn", "Nämndsekreterare HSN", "sv", hash, NAMNDER);
        user("sekreterare.kultur", "Nämndsekreterare Kulturnämnden", "sv", hash, NAMNDER);
        user("sekreterare.kris", "Nämndsekreterare Krisledningsnämnden", "sv", hash, NAMNDER, KRISLEDNING);
        user("lasare", "Läsare (förtroendevald)", "en", hash, NAMNDER);
        user("extern", "Extern besökare", "sv", hash);

        space("EKONOMI", "Ekonomistaben", "Ekonomistabens arbetsyta för regionens planerings- och budgetprocess.",
                "<p>Ekonomistaben äger regionens planerings- och budgetprocess: tidplan, planeringsförutsättningar,"
                        + " återkopplingsrapporter och styrdialoger.</p><ac:structured-macro ac:name=\"info\">"
                        + "<ac:parameter ac:name=\"title\">Tidplan " + year + "</ac:parameter><ac:rich-text-body>"
                        + "<p>Kickoff 14 maj, återkopplingsrapporter till RSAU senast 26 september, styrdialoger 1 oktober.</p>"
                        + "</ac:rich-text-body></ac:structured-macro>");
        grantGroup("EKONOMI", EKONOMISTABEN, true, true);
        // The committees read ekonomistaben's process information and its dashboard (the tracker shows each of them
        // only what they may see).
        grantGroup("EKONOMI", NAMNDER, false, false);
        space("RS", "Regionstyrelsen", "Regionstyrelsens arbetsyta: beredning av regionplan och budget.",
                "<p>Regionstyrelsen leder planeringsprocessen och håller styrdialoger med nämnderna.</p>");
        grantGroup("RS", EKONOMISTABEN, true, false);
        grantGroup("RS", NAMNDER, false, false);
        for (String group : List.of(UserDirectory.ADMINISTRATORS, EKONOMISTABEN, NAMNDER)) {
            spaces.grantGlobal(SpaceStore.CREATESPACE, group);
        }
        for (String[] c : COMMITTEES) {
            if (c[0].equals(COMMITTEE_ROOM)) {
                continue; // made from the space blueprint with the app's data (seedAppData)
            }
            space(c[0], c[1], c[2], "<p>" + c[2] + "</p><p>Här skriver nämndens sekreterare och förvaltning nämndens"
                    + " underlag i planeringsprocessen.</p>"
                    + "<ac:structured-macro ac:name=\"planprocess-committee\" ac:schema-version=\"1\"/>");
            grantGroup(c[0], EKONOMISTABEN, true, false);
            grantGroup(c[0], NAMNDER, false, false);
        }
        // Space categories (team labels on the space description): the care committees
        for (String care : List.of("HSN", "PAT")) {
            spaces.addCategory(care, "vard");
        }
        spaces.grantUser("HSN", "EDITSPACE", "sekreterare.hsn");
        spaces.grantUser("KULTUR", "EDITSPACE", "sekreterare.kultur");
        String[] kris = RESTRICTED_COMMITTEE;
        space(kris[0], kris[1], kris[2], "<p>" + kris[2] + "</p><p>Utrymmet är begränsat till nämndens egen grupp och"
                + " ekonomistaben.</p><ac:structured-macro ac:name=\"planprocess-committee\" ac:schema-version=\"1\"/>");
        grantGroup(kris[0], EKONOMISTABEN, true, false);
        grantGroup(kris[0], KRISLEDNING, true, false);
        space("REVISION", "Revisionen", "Revisorernas arbetsyta (begränsad).",
                "<p>Revisionens granskning av planeringsprocessen. Endast revisionen och ekonomistaben har åtkomst.</p>");
        grantGroup("REVISION", EKONOMISTABEN, false, false);
        space("PUBLIK", "Planeringsprocessen – information",
                "Allmän information om regionens planerings- och budgetprocess.",
                "<p>Regionens planeringsprocess i korthet: planeringsförutsättningar, nämndernas återkoppling,"
                        + " styrdialoger och beslut om regionplan.</p>");
        grantGroup("PUBLIK", EKONOMISTABEN, true, false);
        grantGroup("PUBLIK", NAMNDER, false, false);
        spaces.grantUser("PUBLIK", "VIEWSPACE", "extern");
        for (SpaceRecord s : spaces.all()) {
            spaces.grantGroup(s.key(), "VIEWSPACE", UserDirectory.ADMINISTRATORS);
            spaces.grantGroup(s.key(), "EDITSPACE", UserDirectory.ADMINISTRATORS);
            spaces.grantGroup(s.key(), "SETSPACEPERMISSIONS", UserDirectory.ADMINISTRATORS);
        }
        meetings(year);
        meta.put(SEEDED, today.toString());
        LOG.info("Demo region created (demo year {})", year);
    }

    /**
     * The app's own demo data (cycles, committees, feedback reports with statuses), seeded through the plugin's
     * REST API and blueprint as a demo user once the host accepts requests.
     */
    /** @param clock the app's clock to set back for this year's history, or null when the app runs on its own */
    public void seedAppData(DemoHttpClient http, se.planprocess.devhost.DemoClock clock) {
        int year = LocalDate.parse(meta.get(SEEDED)).getYear();
        AppDemoData data = new AppDemoData(http, LocalDate.parse(meta.get(SEEDED)), clock,
                key -> spaceFromBlueprint(key, year));
        data.seed();
        // Patientnämnden's report of this year is restricted to ekonomistaben (a page restriction, which Confluence
        // sets in the page's restrictions dialog): people who may see PAT's space but not the page see no report.
        pages.restrictToGroup(data.thisYearsReport("PAT"), PageStore.VIEW, EKONOMISTABEN);
    }

    /**
     * What people would do next in a space made from a space blueprint (its creator is its only member at first): the
     * space permissions the demo's other spaces have, and for the committee room its category and steering dialogue.
     */
    private void spaceFromBlueprint(String key, int year) {
        spaces.grantGroup(key, "VIEWSPACE", UserDirectory.ADMINISTRATORS);
        spaces.grantGroup(key, "EDITSPACE", UserDirectory.ADMINISTRATORS);
        spaces.grantGroup(key, "SETSPACEPERMISSIONS", UserDirectory.ADMINISTRATORS);
        if (key.equals(PLANNING_SPACE)) {
            grantGroup(key, EKONOMISTABEN, true, true);
            grantGroup(key, NAMNDER, false, false);
            return;
        }
        grantGroup(key, EKONOMISTABEN, true, false);
        grantGroup(key, NAMNDER, false, false);
        spaces.addCategory(key, "vard");
        COMMITTEES.stream().filter(c -> c[0].equals(key)).findFirst().ifPresent(c -> styrdialog(c, year));
    }

    private void meetings(int year) {
        DevUser ekonomi = directory.byUsername("ekonomi").orElseThrow();
        long home = spaces.byKey("EKONOMI").orElseThrow().homePageId();
        List<MeetingPage> meetings = new ArrayList<>();
        meetings.add(new MeetingPage("Kickoff " + year, LocalDate.of(year, 5, 14), "Kickoff",
                "Primär målgrupp är politiska företrädare för majoritet och nämnder. Till mötet bjuds regionstyrelsens"
                        + " ledamöter och ersättare, presidier i nämnder, utskott, beredningar, revision och fullmäktige,"
                        + " politiska sekreterare, tjänstepersonsledning och tjänstepersoner som jobbar med planeringsfrågor"
                        + " samt fackliga företrädare (CSG)",
                "Syftet är att informera om planeringsförutsättningar samt grunderna för dessa men också ge möjlighet"
                        + " för regionstyrelsens ordförande och regiondirektören att ge budskap inför kommande arbete med regionplanen",
                "Planeringsförutsättningar och presentationsmaterial",
                "Ge ledande företrädare inom politiken, i nämndernas presidium och förvaltningschefer samma förståelse"
                        + " för planeringsförutsättningarnas grunder och därigenom skapa bättre förutsättningar för den"
                        + " fortsatta politiska processen",
                "Utskick av planeringsförutsättningar och presentationsmaterial",
                "Arbete med regionplan samt uppstart av nämndernas arbete med respektive nämndplan."));
        meetings.add(new MeetingPage("CLG dialogmöte: Lägesavstämning planeringsförutsättningar",
                LocalDate.of(year - 1, 12, 7), "Dialogmöte tillsammans med centrala ledningsgruppen, CLG,",
                "CLG samt övriga tjänstepersoner i presentationssyfte.",
                "Syftet är att CLG ska bearbeta lägesinformation och förslag till inriktningar som vägledning inför"
                        + " kommande arbete med planeringsförutsättningarna",
                "Beräkningar av finansiellt utrymme och prel. driftbudgetramar. Förslag till investeringsplan och"
                        + " resultatet av omvärldsbevakning samt inriktningar till kommande planeringsförutsättningar samt"
                        + " presentationsmaterial",
                "Regiondirektören förankrar förslagen till inriktningar för planeringsförutsättningarna inför internt"
                        + " beredningsmöte med RSO den 11 december.",
                "CLG protokoll",
                "Lägesinformation till regionstyrelsens ordförande om förslagen till inriktningar för planeringsförutsättningarna"));
        meetings.add(new MeetingPage("CLG dialogmöte: Förslag till planeringsförutsättningar och budgetramar",
                LocalDate.of(year, 1, 25), "Dialogmöte tillsammans med centrala ledningsgruppen, CLG,",
                "CLG samt övriga tjänstepersoner i presentationssyfte.",
                "Syftet är att CLG behandlar förslag till planeringsförutsättningar",
                "Förslag till planeringsförutsättningar samt presentationsmaterial",
                "Regiondirektören förankrar och slutjusterar tjänstepersonsförslaget till planeringsförutsättningar inför"
                        + " internt beredningsmöte med RSO den 28 januari",
                "CLG protokoll",
                "Information till regionstyrelsens ordförande om regiondirektörens förslag till planeringsförutsättningar"
                        + " och överlämning till politisk behandling"));
        meetings.add(new MeetingPage("CLG dialogmöte: Förslag till regionplan och budget",
                LocalDate.of(year, 4, 26), "Dialogmöte tillsammans med centrala ledningsgruppen, CLG,",
                "CLG samt övriga tjänstepersoner i presentationssyfte.",
                "Syftet är att CLG behandlar slutligt tjänstepersonsförslag till regionplan",
                "Förslag till regionplan samt presentationsmaterial",
                "Regiondirektören förankrar och slutjusterar tjänstepersonsförslaget till regionplan inför internt"
                        + " beredningsmöte med RSO den 3 maj",
                "CLG protokoll",
                "Information till regionstyrelsens ordförande om regiondirektörens förslag till regionplan och överlämning"
                        + " till politisk behandling"));
        for (MeetingPage m : meetings) {
            var page = pageService.create(ekonomi, "EKONOMI", home, m.title(), m.storage());
            pages.addLabel(page.getId(), "mote");
            pages.addLabel(page.getId(), m.title().startsWith("CLG") ? "clg" : "kickoff");
        }
        var restricted = pageService.create(ekonomi, "EKONOMI", home, "Budgetramar – arbetsmaterial",
                "<p>Preliminära driftbudgetramar per nämnd. Arbetsmaterial för ekonomistaben (begränsad sida).</p>");
        pages.restrictToGroup(restricted.getId(), PageStore.VIEW, EKONOMISTABEN);
        // Ekonomistaben's dashboard: the tracker of the current cycle and of this year's (whose reports were due).
        pageService.create(ekonomi, "EKONOMI", home, "Processöversikt",
                "<h2>Pågående planperiod</h2>"
                        + "<ac:structured-macro ac:name=\"planprocess-tracker\" ac:schema-version=\"1\"/>"
                        + "<h2>Regionplan " + (year + 1) + "</h2>"
                        + "<ac:structured-macro ac:name=\"planprocess-tracker\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"cycle\">regionplan-" + (year + 1) + "</ac:parameter>"
                        + "</ac:structured-macro>");
        pageService.create(ekonomi, "EKONOMI", home, "Tidplan", timePlanPage(year));
        List<String[]> everyCommittee = new ArrayList<>(COMMITTEES);
        everyCommittee.add(RESTRICTED_COMMITTEE);
        for (String[] c : everyCommittee) {
            if (!c[0].equals(COMMITTEE_ROOM)) {
                styrdialog(c, year);
            }
        }
    }

    private void styrdialog(String[] c, int year) {
        DevUser admin = directory.byUsername("admin").orElseThrow();
        long committeeHome = spaces.byKey(c[0]).orElseThrow().homePageId();
        MeetingPage styrdialog = new MeetingPage("Styrdialog " + c[0] + " " + year, LocalDate.of(year, 10, 1),
                "Styrdialog mellan regionstyrelsen och " + c[1] + ",",
                "Regionstyrelsen samt nämndens presidium och förvaltningschef",
                "Syftet är att föra dialog mellan regionstyrelsen och nämnden",
                "Nämndens återkopplingsrapport",
                "Säkra informationsöverföring mellan nämnd och regionstyrelsen inför fortsatt processarbete",
                "Mötesprotokoll",
                "Styrdialogen ger inspel till slutlig beredning av regionplanen");
        var page = pageService.create(admin, c[0], committeeHome, styrdialog.title(), styrdialog.storage());
        pages.addLabel(page.getId(), "mote");
        pages.addLabel(page.getId(), "styrdialog");
        // a meeting of this year's cycle: the app's labels, which the index rebuild registers it by
        pages.addLabel(page.getId(), "planprocess");
        pages.addLabel(page.getId(), "planprocess-meeting");
        pages.addLabel(page.getId(), "regionplan-" + (year + 1));
    }

    /**
     * The page "Tidplan": this year's process (its cycle "Regionplan Y+1", with the committees' steering dialogues as
     * meetings) as a timeline, an annual wheel and the detailed time plan; the current cycle as a timeline without
     * parameters, as a space's home page has it; then the seeds' calendars (2024, seed 000; 2021, seed 002) when their
     * cycles exist (see {@code AppDemoData}).
     */
    static String timePlanPage(int year) {
        StringBuilder body = new StringBuilder("<p>Planeringsprocessens tidplan, hämtad från planperioderna i appen:"
                + " samma datum som i planeringsförutsättningarnas bilaga.</p>"
                + "<h2>Årets process: Regionplan " + (year + 1) + "</h2>"
                + macro("planprocess-timeline", "regionplan-" + (year + 1))
                + macro("planprocess-arshjul", "regionplan-" + (year + 1))
                + "<h2>Detaljerad tidplan " + year + "</h2>"
                + macro("planprocess-tidplan", "regionplan-" + (year + 1))
                + "<h2>Pågående planperiod</h2>"
                + "<ac:structured-macro ac:name=\"planprocess-timeline\" ac:schema-version=\"1\"/>");
        if (year + 1 != 2025 && year + 2 != 2025) {
            body.append("<h2>Kalendern 2024 (Regionplan 2025)</h2>").append(macro("planprocess-timeline", "regionplan-2025"))
                    .append(macro("planprocess-arshjul", "regionplan-2025"));
        }
        if (year + 1 != 2022 && year + 2 != 2022) {
            body.append("<h2>Tidplanen 2021 (Regionplan 2022)</h2>").append(macro("planprocess-timeline", "regionplan-2022"))
                    .append(macro("planprocess-tidplan", "regionplan-2022"));
        }
        return body.toString();
    }

    private static String macro(String name, String cycle) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"cycle\">" + cycle + "</ac:parameter></ac:structured-macro>";
    }

    private void user(String username, String fullName, String locale, String hash, String... groups) {
        users.create(new UserRecord(username, username, fullName, username + "@region.example", hash, locale));
        users.addMember(UserDirectory.USERS, username);
        for (String group : groups) {
            users.addMember(group, username);
        }
    }

    private void space(String key, String name, String description, String homeBody) {
        spaceService.create(key, name, description, "admin", homeBody);
    }

    private void grantGroup(String spaceKey, String group, boolean edit, boolean admin) {
        spaces.grantGroup(spaceKey, "VIEWSPACE", group);
        if (edit) {
            spaces.grantGroup(spaceKey, "EDITSPACE", group);
        }
        if (admin) {
            spaces.grantGroup(spaceKey, "SETSPACEPERMISSIONS", group);
        }
    }
}
