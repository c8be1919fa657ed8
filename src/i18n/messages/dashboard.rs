//! The dashboard: every message of the facilitator's dashboard page (its panels, its first
//! screen, the notes on protected figures, presentation), with English compiled in.
//! Translations: `locales/dashboard/<language>.json`.

use super::{messages, plural, text};

messages! {
    /// A message of the dashboard page.
    DashMsg, folder "locales/dashboard/", translated ["cy"];

    // The page.
    Dashboard "dashboard" => text("Dashboard");
    ReadingResponses "reading-responses" => text("Reading the responses stored on this device…");
    FewerThan "fewer-than" => text("fewer than {threshold}");
    ThemesNotKept "themes-not-kept" => text("Your themes could not be kept on this device: {reason} They stay on screen while this page is open.");
    ThemesUnreadable "themes-unreadable" => text("Your themes for this survey: {reason}");
    PresentFullScreen "present-full-screen" => text("Present full screen");
    DownloadFiguresCsv "download-figures-csv" => text("Download figures (CSV)");
    PrintReport "print-report" => text("Print report");
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

    // The first screen.
    HowIsItDoing "how-is-it-doing" => text("How is the partnership doing?");
    NothingFlagged "nothing-flagged" => text("Nothing is flagged: no indicator in the concern band, no group possibly left out, and no gap of 15 points or more between groups.");
    OnThisPage "on-this-page" => text("On this page");
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
    GroupsLeftOut "groups-left-out" => text("{groups} have fewer than {threshold} responses even together, so their answers are left out of every figure.");
    PartnersUngiven "partners-ungiven" => text("Respondents from {partners} are counted as \"no partner given\": in some group and wave fewer than {threshold} of them answered, and a partner filter would single them out.");
    ResponsesLeftOut "responses-left-out" => text("Some responses are left out of every figure: in their group, partner and wave there are fewer than {threshold}.");
    AnswersLeftOut "answers-left-out" => text("Where fewer than {threshold} people of one group, partner and wave answered a question, those answers are left out of that question's figures.");
    NoCombinationReveals "no-combination-reveals" => text("So no combination of filters can reveal anything about fewer than {threshold} people.");
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
    ChartOf "chart-of" => text("Chart {position} of {count}");
    SlideOf "slide-of" => text("Slide {position} of {count}");
    LeavePresentation "leave-presentation" => text("Leave presentation (Esc)");

    // What people said.
    NoAnswersYet "no-answers-yet" => text("No one has answered this question yet.");
    AnswersInOrder "answers-in-order" => plural("total", "1 answer.", "{total} answers, in an order that does not follow when they were given.");
    AnswersContain "answers-contain" => text("{shown} of {total} answers contain \"{search}\".");
    WhatPeopleSaid "what-people-said" => text("What people said: ");
    SearchAnswers "search-answers" => text("Search the answers");
    ThemesOfAnswer "themes-of-answer" => text("Themes of this answer");
}
