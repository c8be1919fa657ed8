//! The dashboard: every message of the facilitator's dashboard page (its panels, its first
//! screen, the notes on protected figures, presentation), with English compiled in.
//! Translations: `locales/dashboard/<language>.json`.

use super::{messages, plural, text};

messages! {
    /// A message of the dashboard page.
    DashMsg, folder "locales/dashboard/", translated ["cy"];

    // The page.
    Dashboard "dashboard" => text("Dashboard");
    // The browser tab's title (dashboard.html writes the English one before the app starts).
    PageTitle "page-title" => text("Partnership Pulse dashboard");
    ReadingResponses "reading-responses" => text("Reading the responses stored on this device…");
    FewerThan "fewer-than" => text("fewer than {threshold}");
    ThemesNotKept "themes-not-kept" => text("Your themes could not be kept on this device: {reason} They stay on screen while this page is open.");
    ThemesUnreadable "themes-unreadable" => text("Your themes for this survey: {reason}");
    PresentFullScreen "present-full-screen" => text("Present full screen");
    DownloadFiguresCsv "download-figures-csv" => text("Download figures (CSV)");
    PrintReport "print-report" => text("Print report");
    ChartDrawingScrolls "chart-drawing-scrolls" => text("Drawing of {chart}, scrolling sideways");
    ChartOf "chart-of" => text("Chart {n} of {count}: {title}");
    PreviousChart "previous-chart" => text("Previous: {title}");
    NextChart "next-chart" => text("Next: {title}");
    EveryChart "every-chart" => text("Show every chart on the page");
    SaidInPresentation "said-in-presentation" => text("Include what people said in the presentation (answers in their own words, after the charts)");
    WhatPeopleSaidAbout "what-people-said-about" => text("What people said: {question}");

    // Counts.
    ResponsesCount "responses-count" => text("Responses: {total}");
    ByGroup "by-group" => text("By group");
    ByPartner "by-partner" => text("By partner");
    ByWave "by-wave" => text("By wave");
    NoWave "no-wave" => text("(no wave)");
    FiguresNeverShown "figures-never-shown" => text("Figures for fewer than {threshold} people are never shown, so that no one can be identified.");

    // Filters.
    ShowResponsesFrom "show-responses-from" => text("Show responses from");
    FiltersHint "filters-hint" => text("Tick to narrow the figures; with nothing ticked, everyone is included. The address of this page keeps the view, so it can be bookmarked.");
    StatementsShownFor "statements-shown-for" => text("Statements shown for: ");
    ClearFilters "clear-filters" => text("Clear filters");
    Waves "waves" => text("Waves");
    Groups "groups" => text("Groups");
    Partners "partners" => text("Partners");

    // The first screen.
    HowIsItDoing "how-is-it-doing" => text("How is the partnership doing?");
    NothingFlagged "nothing-flagged" => text("Nothing is flagged: no indicator in the concern band, no group possibly left out, and no gap of 15 points or more between groups.");
    OnThisPage "on-this-page" => text("On this page");
    OfHundred "of-hundred" => text("of 100: {band}");
    InConcernBand "in-concern-band" => text("{indicator} is in the concern band (under 50).");
    PossiblyLeftOut "possibly-left-out" => text("Possibly left out: {groups}.");
    SeenDifferently "seen-differently" => text("Groups see {indicator} differently: {highest} {high}, {lowest} {low} ({points} points apart).");

    // Nothing to show yet.
    NoneYetHeading "none-yet-heading" => text("No responses yet — here is how to collect them");
    TooFewHeading "too-few-heading" => text("Too few responses for figures yet — here is how to collect more");
    FilteredTooFewHeading "filtered-too-few-heading" => text("Fewer than {threshold} responses match these filters");
    NeverFewerThan "never-fewer-than" => text("Nothing about fewer than {threshold} people is ever shown, so that no one can be identified.");
    CollectShare "collect-share" => text("Share the survey: on the set-up page, open the survey and copy its link or show its QR code; at a workshop, use \"Open on a shared workshop device\" for a kiosk.");
    CollectFiles "collect-files" => text("People who answered on their own devices without a submission address send you their answers as a file or a code: bring them in below, under \"Bring in response files\".");
    CollectDatabase "collect-database" => text("If your partnership gathers responses in a CouchDB database, connect this dashboard below (\"Sync with a CouchDB database\") and they arrive by themselves.");
    FiguresAppear "figures-appear" => text("Figures appear here once people have answered. {protection}");
    StoredNotEnough "stored-not-enough" => plural("stored", "1 response is stored on this device: not yet enough for a figure. {protection}", "{stored} responses are stored on this device: not yet enough for a figure. {protection}");
    ChooseMore "choose-more" => text("{protection} Choose more waves, groups or partners, or clear the filters.");

    // Notes on protected figures.
    CombinedGroups "combined-groups" => text("Other groups, combined");
    GroupsCombined "groups-combined" => text("{groups} each have fewer than {threshold} responses, so their answers are shown together as \"{combined}\".");
    Waiting "waiting" => plural("count", "1 new response is waiting to be shown: figures change only when enough people have arrived together that no one stands out.", "{count} new responses are waiting to be shown: figures change only when enough people have arrived together that no one stands out.");
    InvitationUsedOnce "invitation-used-once" => text("By invitation, a response made with a code already used is not stored again: only the first made with each code counts.");
    Uninvited "uninvited" => plural("count", "1 response without a valid invitation is kept but in no figure: {reasons}.", "{count} responses without a valid invitation are kept but in no figure: {reasons}.");
    WithNoCode "with-no-code" => plural("count", "1 with no invitation code", "{count} with no invitation code");
    WithUnknownCode "with-unknown-code" => plural("count", "1 with a code this survey did not make", "{count} with a code this survey did not make");
    WithOtherGroupCode "with-other-group-code" => plural("count", "1 with a code made for another group", "{count} with a code made for another group");
    NoInvitationsListed "no-invitations-listed" => text("This copy of the survey is by invitation but lists no invitations, so no response counts: open the copy the facilitator set up (its survey file, or the survey published to the database).");
    AnyoneCanRespond "anyone-can-respond" => text("Anyone with the survey's link can add responses, so made-up responses could change these figures: the set-up page can make the survey \"by invitation\".");
    InNoFigure "in-no-figure" => plural("count", "1 response is in no figure: {reasons}.", "{count} responses are in no figure: {reasons}.");
    InSmallGroups "in-small-groups" => plural("count", "1 in {groups}, fewer than {threshold} even together", "{count} in {groups}, fewer than {threshold} even together");
    InSmallWave "in-small-wave" => plural("count", "1 in the wave {wave}, which has fewer than {threshold} so far", "{count} in the wave {wave}, which has fewer than {threshold} so far");
    NoCombinationReveals "no-combination-reveals" => text("No figure, and no combination of filters or of figures before and after new responses, reveals anything about fewer than {threshold} people.");
    OtherVersion "other-version" => plural("count", "1 stored response answers version {found} of this survey, not version {version} shown here: kept on this device, not deleted, and included in \"Download all responses\".", "{count} stored responses answer version {found} of this survey, not version {version} shown here: kept on this device, not deleted, and included in \"Download all responses\".");
    DoNotFit "do-not-fit" => plural("count", "1 stored response does not fit this survey and is left out of the figures:", "{count} stored responses do not fit this survey and are left out of the figures:");

    // A chart.
    BasedOn "based-on" => text(" Based on: {source}.");
    WhatCouldBeDoneCount "what-could-be-done-count" => text("What the partnership could do ({count})");
    WhatCouldBeDone "what-could-be-done" => text("What the partnership could do");
    DownloadSvg "download-svg" => text("Download SVG");
    DownloadSvgOf "download-svg-of" => text("Download SVG: {chart}");
    DownloadPng "download-png" => text("Download PNG");
    DownloadPngOf "download-png-of" => text("Download PNG: {chart}");
    MoreFigures "more-figures" => text("More figures: people, medians, intervals, bands, reliability, by partner");

    // Presentation.
    Previous "previous" => text("Previous");
    Next "next" => text("Next");
    SlideOf "slide-of" => text("Slide {position} of {count}");
    LeavePresentation "leave-presentation" => text("Leave presentation (Esc)");

    // What people said.
    NoAnswersYet "no-answers-yet" => text("No one has answered this question yet.");
    AnswersWithheld "answers-withheld" => text("Too few people in this view answered this question for their answers to be shown.");
    AnswersInOrder "answers-in-order" => plural("total", "1 answer.", "{total} answers, in an order that does not follow when they were given.");
    AnswersOnSlide "answers-on-slide" => text("Answers {first} to {last} of {total}.");
    AnswersContain "answers-contain" => text("{shown} of {total} answers contain \"{search}\".");
    ListMoreAnswers "list-more-answers" => text("Show {count} more answers ({left} not shown yet)");
    WhatPeopleSaid "what-people-said" => text("What people said: ");
    SearchAnswers "search-answers" => text("Search the answers");
    ThemesOfAnswer "themes-of-answer" => text("Themes of this answer");

    // The charts: titles, summaries, tables.
    OverviewSummary "overview-summary" => text("Highest: {high_indicator} for {high_group} ({high} of 100). Lowest: {low_indicator} for {low_group} ({low} of 100).");
    NoGroupEnough "no-group-enough" => text("No group has {threshold} or more responses yet, so no figures are shown.");
    IndicatorsByGroup "indicators-by-group" => text("Indicators by group");
    AllNote "all-note" => text("all: {score}");
    OverviewCaption "overview-caption" => text("Average score (0-100) by group; {strength}+ strength, {borderline}-{below_strength} borderline, under {borderline} concern");
    ColIndicator "col-indicator" => text("Indicator");
    ColAll "col-all" => text("All");
    FiguresByGroupCaption "figures-by-group-caption" => text("Each indicator by group: people, mean and median (0-100), 95% interval of the mean, band (those with fewer than {threshold} people are not listed)");
    FiguresByPartnerCaption "figures-by-partner-caption" => text("Each indicator by partner organisation (the respondent's own): people, mean and median (0-100), 95% interval of the mean, band (those with fewer than {threshold} people are not listed)");
    NoInterval "no-interval" => text("none (one person)");
    IntervalRange "interval-range" => text("{low} to {high}");
    IntervalCut "interval-cut" => text("{low} to {high} (cut at the end of the 0-100 scale)");
    BandStrength "band-strength" => text("strength");
    BandBorderline "band-borderline" => text("borderline");
    BandConcern "band-concern" => text("concern");
    ColOf "col-of" => text("Of");
    ColPeople "col-people" => text("People");
    ColMean "col-mean" => text("Mean");
    ColMedian "col-median" => text("Median");
    ColInterval "col-interval" => text("95% interval");
    ColBand "col-band" => text("Band");
    ReliabilityCaption "reliability-caption" => text("Reliability: Cronbach's alpha of each indicator, where {minimum} or more people answered all its statements");
    ColAlpha "col-alpha" => text("Cronbach's alpha");
    FewComplete "few-complete" => text("fewer than {minimum} complete answers");
    StatementsCaption "statements-caption" => text("Share of answers (%) to each {indicator} statement; don't know as a share of all answers");
    ColStatement "col-statement" => text("Statement");
    ColDontKnow "col-dont-know" => text("Don't know");
    ColAnswers "col-answers" => text("Answers");
    ItemsSummary "items-summary" => text("{indicator}: most agreement with \"{most}\" ({most_share}% agree), least with \"{least}\" ({least_share}%).");
    ItemsTooFew "items-too-few" => text("{indicator}: fewer than {threshold} answers to each statement so far.");
    ItemsTitle "items-title" => text("Answers to each statement: {indicator}");
    RadarSummary "radar-summary" => text("Across the indicators, {high} see the partnership most positively (average {high_score}), {low} least (average {low_score}).");
    RadarOnly "radar-only" => text("Only {group} has enough responses to show (average {score}).");
    RadarNone "radar-none" => text("No group has enough responses to show yet.");
    RadarCaption "radar-caption" => text("Average score (0-100) of each indicator by group, for groups shown");
    ColGroup "col-group" => text("Group");
    RadarTitle "radar-title" => text("Indicators by group (radar)");
    NoneLeftOut "none-left-out" => text("No group is flagged as left out: none has inclusion {points}+ points below everyone else's, and none was named by {share}% or more of others.");
    MarginalisationBarsTitle "marginalisation-bars-title" => text("Inclusion by group, and how often others named each group as not getting enough say");
    FlagBoth "flag-both" => text("flagged: low inclusion, often named");
    FlagLow "flag-low" => text("flagged: low inclusion");
    FlagNamed "flag-named" => text("flagged: often named");
    SeriesInclusion "series-inclusion" => text("Inclusion (0-100)");
    SeriesNamed "series-named" => text("Named by others (% of others)");
    MarginalisationCaption "marginalisation-caption" => text("Inclusion, marginalisation (100 − inclusion) and share of other respondents naming each group");
    ColInclusion "col-inclusion" => text("Inclusion");
    ColMarginalisation "col-marginalisation" => text("Marginalisation");
    ColNamed "col-named" => text("Named by others (%)");
    ColFlag "col-flag" => text("Flag");
    Yes "yes" => text("yes");
    No "no" => text("no");
    MarginalisationTitle "marginalisation-title" => text("Who is left out");
    HeatmapSummary "heatmap-summary" => text("{most} is seen to gain most from the partnership ({most_score} of 100), {least} least ({least_score}).");
    HeatmapTooFew "heatmap-too-few" => text("Fewer than {threshold} ratings of each partner's gain so far.");
    HeatmapCaption "heatmap-caption" => text("How much each partner is seen to gain (0-100), by the rater's group");
    ColRaterGroup "col-rater-group" => text("Rater group");
    HeatmapTitle "heatmap-title" => text("What each partner gains, as each group sees it");
    ReciprocitySummary "reciprocity-summary" => text("{most} is seen to give most relative to what it gains ({most_points} points), {least} least ({least_points} points).");
    ReciprocityTooFew "reciprocity-too-few" => text("Fewer than {threshold} ratings of each partner so far.");
    GainContributionTitle "gain-contribution-title" => text("Gain and contribution of each partner");
    ReciprocityNote "reciprocity-note" => text("contribution − gain: {points}");
    SeriesContributionAll "series-contribution-all" => text("Contribution (all)");
    SeriesGainAll "series-gain-all" => text("Gain (all)");
    SeriesGainOwn "series-gain-own" => text("Gain, its own people's view");
    SeriesGainOthers "series-gain-others" => text("Gain, others' view");
    GainCaption "gain-caption" => text("Gain and contribution (0-100) of each partner, all raters, its own people and others");
    ColPartner "col-partner" => text("Partner");
    ColContribution "col-contribution" => text("Contribution");
    ColGain "col-gain" => text("Gain");
    ColReciprocity "col-reciprocity" => text("Contribution − gain");
    ColGainOwn "col-gain-own" => text("Gain (own view)");
    ColGainOthers "col-gain-others" => text("Gain (others' view)");
    ColContributionOwn "col-contribution-own" => text("Contribution (own view)");
    ColContributionOthers "col-contribution-others" => text("Contribution (others' view)");
    GapsNotYet "gaps-not-yet" => text("Gaps show once two or more groups each have enough responses.");
    NoGap "no-gap" => text("No indicator has a gap of {points} points or more between groups.");
    GapsFlagged "gaps-flagged" => text("Groups see {indicators} differently: a gap of {points} points or more.");
    GapsTitle "gaps-title" => text("Perception gaps between groups");
    Flagged "flagged" => text("flagged");
    ColGap "col-gap" => text("Gap (points)");
    GapReference "gap-reference" => text("{points}-point flag");
    PointsUnit "points-unit" => text(" pts");
    GroupScore "group-score" => text("{group} ({score})");
    GapsCaption "gaps-caption" => text("Highest minus lowest group average, per indicator");
    ColHighest "col-highest" => text("Highest");
    ColLowest "col-lowest" => text("Lowest");
    ColFlagged "col-flagged" => text("Flagged");
    TrendSummary "trend-summary" => text("From {from} to {to}, {indicator} changed most ({points} points).");
    OneWaveSummary "one-wave-summary" => text("Only one wave so far: change shows once a second wave is in.");
    TrendTooFew "trend-too-few" => text("Fewer than {threshold} responses in consecutive waves, so no change is shown.");
    TrendCaption "trend-caption" => text("Average score (0-100) of each indicator in each wave");
    TrendTitle "trend-title" => text("Change across waves");
    TrustTooFew "trust-too-few" => text("Fewer than {threshold} members of any one organisation have rated another organisation so far.");
    LowestTrust "lowest-trust" => text("the lowest trust is from {from} in {to} ({score} of 100)");
    NoPairsYet "no-pairs-yet" => text("No two organisations have both rated each other yet; {least}.");
    MutualPairs "mutual-pairs" => text("{mutual} of {pairs} pairs of organisations trust each other both ways ({threshold} or more each way); {least}.");
    TrustTitle "trust-title" => text("Trust between organisations");
    TrustedByOthers "trusted-by-others" => text("trusted by others: {score}");
    TrustCaption "trust-caption" => text("How far members of one organisation trust another (0-100)");
    ColTrusting "col-trusting" => text("Members of … trusting …");
    ColMeanTrust "col-mean-trust" => text("Mean trust");
    ColRaters "col-raters" => text("Raters");
    Trusting "trusting" => text("{from} trusting {to}");
    OrganisationsCaption "organisations-caption" => text("Each organisation's trust: received from other organisations, given to them, and from its own members");
    ColOrganisation "col-organisation" => text("Organisation");
    ColTrustReceived "col-trust-received" => text("Trust received");
    ColTrustGiven "col-trust-given" => text("Trust given");
    ColOwnTrust "col-own-trust" => text("Own members' trust");
    ThemesTitle "themes-title" => text("Themes: {question}");
    ThemesSummary "themes-summary" => text("Of {answers} answers in view, the theme with the most is \"{theme}\" ({count}).");
    ThemesTooFew "themes-too-few" => text("Each theme holds fewer than {threshold} of the answers in view so far.");
    AllAnswers "all-answers" => text("All answers");
    ThemesCaption "themes-caption" => text("Answers in each theme, by group: {question}");
    ColTheme "col-theme" => text("Theme");

    // What the charts draw of their own.
    Hidden "hidden" => text("hidden to protect a small group");
    HiddenCell "hidden-cell" => text("hidden");
    BandNameConcern "band-name-concern" => text("Concern");
    BandNameBorderline "band-name-borderline" => text("Borderline");
    BandNameStrength "band-name-strength" => text("Strength");
    BandLegendConcern "band-legend-concern" => text("Concern: under {borderline}");
    BandLegendBorderline "band-legend-borderline" => text("Borderline: {borderline} to under {strength}");
    BandLegendStrength "band-legend-strength" => text("Strength: {strength} and over");
    Disagree "disagree" => text("← disagree");
    Agree "agree" => text("agree →");
    DontKnow "dont-know" => text("don't know");
    NetworkKey "network-key" => text("Arrow from A to B: how far members of A trust B, 0-100 (wider is more). Dashed: {hidden}.");
    OneWave "one-wave" => text("Only one wave so far.");
    SecondWave "second-wave" => text("Change shows here once a second wave is in.");

    // What the partnership could do (from the advice in the seed documents), and where the advice is from.
    PromptTrust "prompt-trust" => text("Set a few small, achievable joint tasks and mark each early win: trust grows from working together. Make sure what meetings agree is done, so people can trust the partnership's procedures as well as each other.");
    PromptInclusion "prompt-inclusion" => text("Ask the people who feel least included what would help: papers and notice in time to prepare, meetings arranged around access needs, contributions recognised (paid where due), and a clear way to challenge being left out.");
    PromptValue "prompt-value" => text("Agree and publish what each partner expects to gain and to contribute, and review it together; keep facts to hand so that the discussion does not rest on perceptions alone.");
    PromptAims "prompt-aims" => text("Agree joint aims and outcomes, set out who is responsible for what, and record them in a short written agreement with a date to review it.");
    PromptLeadership "prompt-leadership" => text("Ask each partner's senior managers to take a visible part, signing the agreement and attending the partnership board, and to release staff time for the partnership's work.");
    PromptRenewal "prompt-renewal" => text("Bring new partners and the voices of people who use services to the table, and ask whether the partnership keeps meeting the same people about the same issues.");
    PromptDefault "prompt-default" => text("Discuss this result at the next partnership meeting and agree one small, concrete step to improve it.");
    PromptGap "prompt-gap" => text("Groups see this differently. Put the difference on the agenda: ask each group what lies behind its view, and treat the gap as something to understand together rather than to settle by argument.");
    PromptMarginalised "prompt-marginalised" => text("This group may be being left out, and marginalisation, not conflict, is what stops partnerships succeeding. Ask its members how they want to be involved, send papers in good time, and agree a clear way for them to challenge being left out.");
    PromptLowTrust "prompt-low-trust" => text("Some organisations trust others little. Give the two a small, achievable task to do together and mark the early win: trust grows from working together towards a common goal. Check that what each agrees to do gets done, so trust can rest on the partnership's systems and procedures as well as on people.");
    PromptFewMutual "prompt-few-mutual" => text("Few pairs of organisations trust each other both ways. Ask each partner what would help it trust the others, pair people who can build a working relationship across organisations, and share early successes across the whole partnership.");
    SourceTryOneTwo "source-try-one-two" => text("Quality in Practice: advice on successful partnership working, what to try 1 and 2");
    SourceInclusion "source-inclusion" => text("Negotiating and working with partners: effective and ineffective partnership behaviours, section 5; Quality in Practice: advice on successful partnership working, what to try 4");
    SourceValue "source-value" => text("Quality in Practice: advice on successful partnership working, what to try 3; Negotiating and working with partners: effective and ineffective partnership behaviours, section 6");
    SourceAims "source-aims" => text("Effective partnership working: partnership principles 1 and 2");
    SourceLeadership "source-leadership" => text("Negotiating and working with partners: effective and ineffective partnership behaviours, section 1; Effective partnership working: partnership principles, principle 2");
    SourceFresh "source-fresh" => text("Keeping partnerships fresh");
    SourceTryTwo "source-try-two" => text("Quality in Practice: advice on successful partnership working, what to try 2");
    SourceNotToDoTwo "source-not-to-do-two" => text("Quality in Practice: advice on successful partnership working, what not to do 2");
    SourceMarginalised "source-marginalised" => text("Quality in Practice: advice on successful partnership working, what to try 4; Negotiating and working with partners: effective and ineffective partnership behaviours, section 5; Keeping partnerships fresh");

    // Themes.
    Themes "themes" => text("Themes");
    ThemesHint "themes-hint" => text("Your notes: group the answers under themes you name, then tick each answer's themes below. Themes stay on this device with the survey and go in the figures CSV; respondents never see them.");
    NewTheme "new-theme" => text("New theme");
    AddTheme "add-theme" => text("Add theme");
    ChangeTheme "change-theme" => text("Change a theme");
    NewName "new-name" => text("New name");
    Rename "rename" => text("Rename");
    MergeInto "merge-into" => text("Merge into");
    Merge "merge" => text("Merge");
    DeleteThemeQuestion "delete-theme-question" => text("Delete this theme? Its answers stay in the list; only the theme and its ticks go.");
    YesDeleteTheme "yes-delete-theme" => text("Yes, delete the theme");
    KeepTheme "keep-theme" => text("Keep it");
    DeleteTheme "delete-theme" => text("Delete theme…");
    ThemeAdded "theme-added" => text("Theme \"{theme}\" added.");
    ThemeRenamed "theme-renamed" => text("\"{theme}\" is now called \"{name}\".");
    ThemeMerged "theme-merged" => text("\"{from}\" was merged into \"{into}\".");
    ThemeDeleted "theme-deleted" => text("Theme \"{theme}\" deleted; its answers are still listed.");
    ThemeBlank "theme-blank" => text("Give the theme a name.");
    ThemeTooLong "theme-too-long" => text("A theme's name can be at most {limit} characters.");
    ThemeDuplicate "theme-duplicate" => text("There is already a theme called \"{theme}\".");
    ThemeGone "theme-gone" => text("There is no theme called \"{theme}\" any more.");
    ThemeIntoItself "theme-into-itself" => text("\"{theme}\" cannot be merged into itself.");

    // What the workshop agreed.
    WhatWeAgreed "what-we-agreed" => text("What we agreed");
    ActionsHint "actions-hint" => text("Record each action the room agrees: what will be done, what it answers, which partner organisations own it and by when. Actions stay on this device with the survey, go with it when it is published to a database, and the next wave's dashboard shows each one beside the change in its indicator.");
    NoActionsYet "no-actions-yet" => text("No actions recorded yet.");
    ActionWhat "action-what" => text("What will be done");
    ActionAnswers "action-answers" => text("What it answers");
    NothingInParticular "nothing-in-particular" => text("Nothing in particular");
    PromptChoice "prompt-choice" => text("Prompt: {prompt}");
    PromptChoiceAbout "prompt-choice-about" => text("Prompt on {indicator}: {prompt}");
    ActionOwners "action-owners" => text("Which partner organisations own it");
    ActionDue "action-due" => text("By when");
    DueNextWave "due-next-wave" => text("Before the next wave");
    DueByDate "due-by-date" => text("By a date");
    DueDate "due-date" => text("Date");
    DueBy "due-by" => text("By {date}");
    AddAction "add-action" => text("Add the action");
    ActionAdded "action-added" => text("Added: {what}");
    OwnedBy "owned-by" => text("Owned by {owners}");
    AnswersWhat "answers-what" => text("Answers: {answers}");
    AgreedOn "agreed-on" => text("Agreed on {date}.");
    AgreedOnWave "agreed-on-wave" => text("Agreed on {date}, on the figures of {wave}.");
    ActionChange "action-change" => text("{indicator} since: {points} points from {from} to {to}.");
    ActionChangeWithheld "action-change-withheld" => text("{indicator} from {from} to {to}: not shown, as fewer than {threshold} people answered in a wave.");
    ActionChangeAwaits "action-change-awaits" => text("{indicator}: its change shows here once the next wave is in.");
    ActionStatusLabel "action-status-label" => text("Where it stands");
    StatusNotStarted "status-not-started" => text("Not started");
    StatusUnderWay "status-under-way" => text("Under way");
    StatusDone "status-done" => text("Done");
    StatusDropped "status-dropped" => text("Dropped");
    ActionStatusSet "action-status-set" => text("\"{what}\" is now: {status}.");
    RemoveAction "remove-action" => text("Remove…");
    RemoveActionQuestion "remove-action-question" => text("Remove this action? To keep a record that it was not done, set it to Dropped instead.");
    YesRemoveAction "yes-remove-action" => text("Yes, remove it");
    KeepAction "keep-action" => text("Keep it");
    ActionRemoved "action-removed" => text("Removed: {what}");
    ActionBlank "action-blank" => text("Say what will be done.");
    ActionTooLong "action-too-long" => text("An action can be at most {limit} characters: say it shorter.");
    ActionNoOwner "action-no-owner" => text("Tick at least one partner organisation that owns it.");
    ActionUnknownPartner "action-unknown-partner" => text("\"{partner}\" is not a partner organisation of this survey.");
    ActionUnknownIndicator "action-unknown-indicator" => text("\"{indicator}\" is not an indicator of this survey.");
    ActionNotADay "action-not-a-day" => text("Give the date as a day, for example 2027-03-31, or choose before the next wave.");
    ActionTooMany "action-too-many" => text("A survey keeps at most {limit} actions: remove some that are finished with.");
    ActionGone "action-gone" => text("That action is no longer in the list.");
    ActionsNotKept "actions-not-kept" => text("Your actions could not be kept on this device: {reason} They stay on screen while this page is open.");
    ActionsUnreadable "actions-unreadable" => text("Your actions for this survey: {reason}");
    FollowThroughSaid "follow-through-said" => text("Asked whether it was carried out, {answered} answered: yes {yes}, partly {partly}, no {no}, don't know {dont_know}.");
    FollowThroughTooFew "follow-through-too-few" => text("Asked whether it was carried out: fewer than {threshold} answers can be shown so far.");
    FollowThroughCaption "follow-through-caption" => text("Was \"{what}\" carried out? Answers by group (groups with fewer than {threshold} answers are not listed)");
    FollowThroughMostlyNo "follow-through-mostly-no" => text("Most say this was not carried out. Ask its owners what stood in the way, agree a smaller first step with a date, and check it at the next meeting: actions left undone from one meeting to the next mark a partnership that is not working.");
    ColYes "col-yes" => text("Yes");
    ColPartly "col-partly" => text("Partly");
    ColNo "col-no" => text("No");

    // The board report.
    BoardReport "board-report" => text("A report for the partnership board");
    BoardReportHint "board-report-hint" => text("One web page to send or print: the figures of the view above, the charts you tick, the themes of what people said with their counts, what was agreed and how small numbers were protected. It holds no one's own words and runs no scripts.");
    ReportChartsLegend "report-charts-legend" => text("Charts in the report");
    MakeReport "make-report" => text("Make the report (HTML)");
    ReportMade "report-made" => text("The report was saved as {file}.");
    ReportTitle "report-title" => text("{survey}: report for the partnership board");
    ReportForBoard "report-for-board" => text("Report for the partnership board");
    ReportWaves "report-waves" => text("Waves: {waves}.");
    ReportWave "report-wave" => text("{wave} (from {date})");
    ReportSince "report-since" => text("The first response came in on {date}.");
    ReportFilteredTo "report-filtered-to" => text("These figures are for: {filters}.");
    ReportMadeOn "report-made-on" => text("Made on {date} with Partnership Pulse, from the responses held by the facilitator.");
    ReportCardsCaption "report-cards-caption" => text("Each indicator over everyone: its score out of 100 and its band");
    ReportColScore "report-col-score" => text("Score (0-100)");
    ReportFigures "report-figures" => text("The figures");
    ReportThemes "report-themes" => text("What people said, by theme");
    ReportNoThemes "report-no-themes" => text("No themes were named for the answers in people's own words, so none are counted here.");
    ReportProtection "report-protection" => text("How small numbers were protected");
    ReportProtectionWords "report-protection-words" => text("Small groups were combined or left out, so that no figure here, and no difference between figures, is about so few people that someone could be recognised. Answers in people's own words are not in this report; only the themes they were grouped under, with counts.");

    // Responses on this device.
    ResponsesOnDevice "responses-on-device" => text("Responses on this device");
    BringInFiles "bring-in-files" => text("Bring in response files (from respondents, or another facilitator's export)");
    DropFiles "drop-files" => text("Or drop the files here. Responses already here are counted once; nothing is stored from a file that cannot be read.");
    PasteCodes "paste-codes" => text("Or type or paste response codes, one per line");
    AddCodes "add-codes" => text("Add codes");
    ExportNote "export-note" => text("These downloads hold every response as given, one per person: they are not anonymised summaries. Keep them as safely as the answers themselves, and share the figures instead.");
    DownloadJson "download-json" => text("Download all responses (JSON)");
    DownloadCsv "download-csv" => text("Download all responses (CSV)");
    ReadingFile "reading-file" => text("{file}: reading and storing…");
    ReadingLargeFile "reading-large-file" => text("{file}: reading and storing… (a large file: this can take a few minutes)");
    FileReport "file-report" => text("{file}: {report}");
    CodesReport "codes-report" => text("Codes: {report}");
    CodesNotStored "codes-not-stored" => text("Codes: nothing could be stored: {reason}");
    CodeNotAdded "code-not-added" => text("Code {line}: not added, because {reason}.");
    NoDownloadStarted "no-download-started" => text("This browser did not start the download.");
    DownloadedWithout "downloaded-without" => text("Downloaded without some responses: {reason}");
    NothingDownloaded "nothing-downloaded" => text("Nothing was downloaded: {reason}");
    AddedSummary "added-summary" => text("{added} added, {duplicates} already here");
    Skipped "skipped" => plural("count", ", {count} document that is not a response skipped ({ids})", ", {count} documents that are not responses skipped ({ids})");
    Conflicted "conflicted" => plural("count", ", {count} response held by the database in conflicting versions: someone with the database's own rights replaced it ({ids})", ", {count} responses held by the database in conflicting versions: someone with the database's own rights replaced them ({ids})");
    Unopened "unopened" => plural("count", ", {count} sealed response that does not open with this survey's key kept aside on this device ({ids})", ", {count} sealed responses that do not open with this survey's key kept aside on this device ({ids})");
    IdsAndMore "ids-and-more" => text("{ids} and {more} more");
    ReportEnd "report-end" => text(".");
    RefusedHead "refused-head" => text(", {count} refused:");
    RefusedMore "refused-more" => text(" And {more} more.");
    NotImported "not-imported" => text("not imported, because {reason}.");
    NotReadByBrowser "not-read-by-browser" => text("not imported, because the browser could not read it.");
    NotImportedLocked "not-imported-locked" => text("not imported, because it holds sealed responses: give the survey's passphrase (under \"Sync with a CouchDB database\") to open them, then import it again.");
    NothingStored "nothing-stored" => text("nothing could be stored: {reason}");

    // A CouchDB database, from the dashboard.
    SyncTitle "sync-title" => text("Sync with a CouchDB database");
    SyncNow "sync-now" => text("Sync now");
    SyncHint "sync-hint" => text("Bring this device's responses and the database's together, both ways, and keep the figures up to date as responses reach the database. The user name and password stay on this device only: never in a link, a survey file or a download.");
    ConnectAndSync "connect-and-sync" => text("Connect and sync");
    SealedHint "sealed-hint" => text("This survey's responses are sealed: the database holds them so that only the survey's facilitators can read them. Give the survey's passphrase to open them on this device.");
    SealedPassphrase "sealed-passphrase" => text("The survey's passphrase");
    SealedOpen "sealed-open" => text("Open the responses");
    SealedOpening "sealed-opening" => text("Checking the passphrase…");
    SealedOpened "sealed-opened" => text("The passphrase is right: responses are opened as they arrive, until this page is closed.");
    SealedWrong "sealed-wrong" => text("That passphrase does not open this survey's key. Check it and try again.");
    SealedNoKey "sealed-no-key" => text("This device does not hold this survey's key. On the set-up page, open the survey from its database or import its key file.");
    SealedUnavailable "sealed-unavailable" => text("This browser cannot open sealed responses here: it needs the page on a secure (https) address.");
    SyncingNow "syncing-now" => text("Syncing with the database…");
    SentProgress "sent-progress" => text("Sent {sent} of {total} responses to the database…");
    ReceivedOf "received-of" => text("Received {received} of {total} changes from the database");
    ReceivedCount "received-count" => text("Received {received} changes from the database");
    KeptSoFar "kept-so-far" => text("{received}; {kept} kept on this device…");
    StillGoing "still-going" => text("{received}…");
    LiveAt "live-at" => text("Live: {count} responses; the last arrived at {time}.");
    LiveWaiting "live-waiting" => text("Live: {count} responses; new ones appear as they reach the database.");
    SyncReportWords "sync-report-words" => text("Received: {received} Sent: {sent}.");
    ServerRefused "server-refused" => text(" The database refused response {id}: {reason}.");
    SyncedAt "synced-at" => text("Synced at {time}. {report}");
    TryingAgain "trying-again" => text("{problem} Trying again shortly.");
    DisconnectedResponsesStay "disconnected-responses-stay" => text("Disconnected. The connection and its password are forgotten on this device; the responses stay.");
}
