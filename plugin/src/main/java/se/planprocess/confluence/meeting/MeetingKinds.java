package se.planprocess.confluence.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.planprocess.confluence.process.Bilingual;

/**
 * The meeting kinds a region starts with, their fields as the region's own annexes describe them (seed 000 for the
 * kickoff and the styrdialog, seed 001 for the dialogue in the central management group) and sensible fields for the
 * kinds the seeds only name. The list is part of the process configuration: a region may reword or add kinds; this is
 * what it gets before it does.
 */
public final class MeetingKinds {
    public static final String KICKOFF = "kickoff";
    public static final String STYRDIALOG = "styrdialog";
    public static final String CLG_DIALOGUE = "clg-dialog";
    public static final String MAJORITY_CHECK_IN = "majority-check-in";
    public static final String PRESIDIUM = "presidium";
    public static final String WORKING_MEETING = "working-meeting";
    public static final String MINUTES = "minutes";

    private final Map<String, MeetingKind> kinds;

    /** The region's kinds before it changes any ({@link #defaults()}). */
    public MeetingKinds() {
        this(defaultKinds());
    }

    private MeetingKinds(List<MeetingKind> kinds) {
        Map<String, MeetingKind> byKey = new LinkedHashMap<>();
        for (MeetingKind kind : kinds) {
            if (byKey.putIfAbsent(kind.key(), kind) != null) {
                throw new IllegalArgumentException("Two meeting kinds with the key " + kind.key());
            }
        }
        if (byKey.isEmpty()) {
            throw new IllegalArgumentException("At least one meeting kind");
        }
        this.kinds = Map.copyOf(byKey);
        this.order = List.copyOf(byKey.values());
    }

    private final List<MeetingKind> order;

    /** The kinds in the order a wizard lists them. */
    public List<MeetingKind> all() {
        return order;
    }

    public Optional<MeetingKind> byKey(String key) {
        return Optional.ofNullable(key == null ? null : kinds.get(key));
    }

    /** These kinds, in this order; keys unique. */
    public static MeetingKinds of(List<MeetingKind> kinds) {
        return new MeetingKinds(kinds);
    }

    /** The region's kinds before it changes any. */
    public static MeetingKinds defaults() {
        return new MeetingKinds();
    }

    private static List<MeetingKind> defaultKinds() {
        return List.of(
                new MeetingKind(KICKOFF, Bilingual.of("Kickoff", "Kickoff"),
                        new MeetingFields(
                                "Primär målgrupp är politiska företrädare för majoritet och nämnder. Till mötet bjuds"
                                        + " regionstyrelsens ledamöter och ersättare, presidier i nämnder, utskott,"
                                        + " beredningar, revision och fullmäktige, politiska sekreterare,"
                                        + " tjänstepersonsledning och tjänstepersoner som jobbar med planeringsfrågor"
                                        + " samt fackliga företrädare (CSG).",
                                "Att informera om planeringsförutsättningar och grunderna för dessa, och ge"
                                        + " regionstyrelsens ordförande och regiondirektören möjlighet att ge budskap"
                                        + " inför det kommande arbetet med regionplanen.",
                                "Planeringsförutsättningar och presentationsmaterial.",
                                "Ge ledande företrädare inom politiken, i nämndernas presidium och förvaltningschefer"
                                        + " samma förståelse för planeringsförutsättningarnas grunder och därigenom"
                                        + " bättre förutsättningar för den fortsatta politiska processen.",
                                "Utskick av planeringsförutsättningar och presentationsmaterial.",
                                "Arbete med regionplan samt uppstart av nämndernas arbete med respektive nämndplan."),
                        new MeetingFields(
                                "Mainly the political representatives of the majority and the committees: the regional"
                                        + " executive board's members and deputies, the presidia of committees,"
                                        + " subcommittees, drafting bodies, audit and council, political secretaries,"
                                        + " senior officials and officials working on planning, and union"
                                        + " representatives (CSG).",
                                "To present the planning premises and what they rest on, and to let the chair of the"
                                        + " regional executive board and the regional director give their messages for"
                                        + " the work on the regional plan.",
                                "The planning premises and the presentation.",
                                "Give leading politicians, committee presidia and administration heads the same"
                                        + " understanding of what the planning premises rest on, for a better"
                                        + " political process from here.",
                                "The planning premises and the presentation are sent out.",
                                "Work on the regional plan, and the committees start their own plans."),
                        false, false),
                new MeetingKind(STYRDIALOG, Bilingual.of("Styrdialog", "Steering dialogue"),
                        new MeetingFields(
                                "Regionstyrelsen samt nämndens presidium och förvaltningschef.",
                                "Att föra dialog mellan regionstyrelsen och nämnden.",
                                "Nämndens återkopplingsrapport.",
                                "Säkra informationsöverföring mellan nämnd och regionstyrelsen inför fortsatt"
                                        + " processarbete.",
                                "Mötesprotokoll.",
                                "Styrdialogen ger inspel till slutlig beredning av regionplanen."),
                        new MeetingFields(
                                "The regional executive board, and the committee's presidium and administration head.",
                                "A dialogue between the regional executive board and the committee.",
                                "The committee's feedback report.",
                                "Make sure what the committee and the board know reaches the other before the process"
                                        + " goes on.",
                                "Minutes of the meeting.",
                                "The steering dialogue feeds the final drafting of the regional plan."),
                        true, false),
                new MeetingKind(CLG_DIALOGUE, Bilingual.of("Dialogmöte i centrala ledningsgruppen",
                                "Dialogue in the central management group"),
                        new MeetingFields(
                                "Centrala ledningsgruppen (CLG) samt övriga tjänstepersoner i presentationssyfte.",
                                "Att CLG behandlar lägesinformation och förslag inför det fortsatta arbetet.",
                                "Förslag och presentationsmaterial.",
                                "Regiondirektören förankrar och slutjusterar tjänstepersonsförslaget inför internt"
                                        + " beredningsmöte med regionstyrelsens ordförande.",
                                "CLG-protokoll.",
                                "Information till regionstyrelsens ordförande om regiondirektörens förslag."),
                        new MeetingFields(
                                "The central management group (CLG), and other officials presenting.",
                                "CLG discusses the state of the work and the proposals for what comes next.",
                                "The proposals and the presentation.",
                                "The regional director anchors and finalises the officials' proposal before the"
                                        + " internal preparation with the chair of the regional executive board.",
                                "CLG minutes.",
                                "The chair of the regional executive board is told of the regional director's"
                                        + " proposal."),
                        false, false),
                new MeetingKind(MAJORITY_CHECK_IN, Bilingual.of("Avstämning med politisk majoritet",
                                "Check-in with the political majority"),
                        new MeetingFields("Företrädare för den politiska majoriteten och ekonomistaben.",
                                "Att stämma av inriktning och förslag med den politiska majoriteten.",
                                "Aktuellt förslag och beräkningar.", "Samsyn om inriktningen för nästa steg.",
                                "Minnesanteckningar.", "Inriktningen förs in i det fortsatta beredningsarbetet."),
                        new MeetingFields("Representatives of the political majority, and the finance staff.",
                                "To check the direction and the proposals with the political majority.",
                                "The current proposal and calculations.", "A shared view of the next step.",
                                "Notes.", "The direction is taken into the further drafting."),
                        false, false),
                new MeetingKind(PRESIDIUM, Bilingual.of("Presidieträff", "Presidium meeting"),
                        new MeetingFields("Nämndernas presidier och regionstyrelsens presidium.",
                                "Att informera om processen och ge nämndernas presidier möjlighet att ställa frågor.",
                                "Tidplan och aktuella underlag.",
                                "Presidierna känner till tidplanen och vad som förväntas av nämnderna.",
                                "Minnesanteckningar.", "Nämnderna planerar sitt arbete efter tidplanen."),
                        new MeetingFields("The committees' presidia and the regional executive board's presidium.",
                                "To inform about the process and let the committees' presidia ask questions.",
                                "The time plan and the current documents.",
                                "The presidia know the time plan and what is expected of the committees.",
                                "Notes.", "The committees plan their work to the time plan."),
                        false, false),
                new MeetingKind(WORKING_MEETING, Bilingual.of("Arbetsmöte", "Working meeting"),
                        new MeetingFields("Ekonomistaben och berörda tjänstepersoner.", "Att arbeta fram underlag.",
                                "Aktuella utkast.", "Ett underlag som är klart för nästa steg.",
                                "Minnesanteckningar.", "Underlaget går vidare enligt tidplanen."),
                        new MeetingFields("The finance staff and the officials concerned.", "To work out documents.",
                                "The current drafts.", "Documents ready for the next step.", "Notes.",
                                "The documents go on as the time plan says."),
                        false, false),
                new MeetingKind(MINUTES, Bilingual.of("Sammanträde med protokoll", "Meeting with minutes"),
                        new MeetingFields("Beslutande och övriga närvarande enligt närvarolistan.",
                                "Att behandla ärendena på dagordningen.", "Handlingar till varje paragraf.",
                                "Beslut i varje ärende.", "Protokoll med numrerade paragrafer.",
                                "Besluten verkställs; uppföljning vid nästa sammanträde."),
                        new MeetingFields("Members with a vote and others present, as the attendance list says.",
                                "To deal with the items on the agenda.", "The documents of each paragraph.",
                                "A decision on each item.", "Minutes with numbered paragraphs.",
                                "The decisions are carried out and followed up at the next meeting."),
                        false, true));
    }
}
