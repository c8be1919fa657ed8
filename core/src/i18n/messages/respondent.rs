//! The respondent's screens: every message of the survey page, and the problems a respondent
//! may meet, with English compiled in. Translations: `locales/<language>.json`.

use super::{messages, plural, text};

messages! {
    /// A message of the survey page (the respondent's screens).
    Msg, folder "locales/", translated ["cy", "en-easy"];
    // The survey being opened.
    LoadingSurvey "loading-survey" => text("Loading the survey…");
    // Written into the survey page for the moments before the app starts (scripts/build/first-screen.mjs).
    OpeningSurvey "opening-survey" => text("Opening your survey…");
    SurveyCannotOpen "survey-cannot-open" => text("This survey cannot be opened");
    SurveyProblems "survey-problems" => text("Its definition has the following problems. Please tell the person who sent you the survey.");
    Language "language" => text("Language");
    LanguageUnavailable "language-unavailable" => text("The app's own words in {language} could not be loaded, so they are shown in English. The survey's questions are in {language}.");

    // Why a survey could not be opened.
    SurveyUnavailable "survey-unavailable" => text("The survey at \"{address}\" could not be loaded: {reason}.");
    SurveyElsewhere "survey-elsewhere" => text("The survey address \"{address}\" is on another site. Partnership Pulse only opens surveys kept on the same site as the page.");
    SurveyNotSetUpHere "survey-not-set-up-here" => text("The survey \"{survey}\" was not set up in this browser. Open the set-up page where it was made, or import its survey file there.");
    LinkNotASetUp "link-not-a-set-up" => text("This link does not hold a survey set-up this version of the app can read.");
    LinkDamaged "link-damaged" => text("This survey link is incomplete or damaged: it may have been cut short when it was copied. Please ask for the link again.");
    LinkWrongShape "link-wrong-shape" => text("This survey link does not hold a survey set-up ({reason}).");
    LinkTooLarge "link-too-large" => text("This survey is too large for a link (links carry at most {kilobytes} KB of survey): share the survey file instead.");

    // Storage problems.
    StoreUnavailable "store-unavailable" => text("This browser is not letting the survey save anything (private browsing or storage turned off).");
    StoreFull "store-full" => text("This browser's storage for this site is full.");
    StoreBlocked "store-blocked" => text("This browser's storage did not open: another tab of this site is holding it. Close the other tabs of this site, then reload this page.");
    StoreNewerRelease "store-newer-release" => text("This browser's storage was last used by a newer version of this app, which this page cannot read. Reload the page to get the newer version.");
    StoreUnreadable "store-unreadable" => text("Saved data under \"{key}\" could not be read. It has been kept aside as \"{kept_as}\", not deleted.");
    StoreSomeUnreadable "store-some-unreadable" => plural("count", "One stored response could not be read. It has been kept aside as \"{kept_as}\", not deleted; every other response is used.", "{count} stored responses could not be read. They have been kept aside as \"{kept_as}\", not deleted; every other response is used.");
    StoreNotEncodable "store-not-encodable" => text("The data could not be prepared for saving, so nothing stored was changed.");
    StoreNotMoved "store-not-moved" => text("Answers saved by an earlier version of this app could not be moved to its new storage. They are still kept where they were, and the app will try again next time.");
    StoreDiffers "store-differs" => text("Data an earlier version of this app kept under \"{key}\" differs from what is now stored under that name. The earlier version's data has been kept aside as \"{kept_as}\", not deleted.");

    // The welcome screen.
    Start "start" => text("Start");
    Continue "continue" => text("Continue");
    AboutMinutes "about-minutes" => plural("minutes", "About {minutes} minute", "About {minutes} minutes");
    QuestionCount "question-count" => plural("questions", "{questions} question", "{questions} questions");
    SectionCount "section-count" => plural("sections", "{sections} section", "{sections} sections");
    QuestionsInSections "questions-in-sections" => text("{questions} in {sections}");
    InvitationCode "invitation-code" => text("Your invitation code");
    InvitationHint "invitation-hint" => text("It is on your invitation card, like 7KQM-4RXP-2HCH. It makes your answers count once; it does not say who you are.");
    CodeEmpty "code-empty" => text("Type the code on your invitation to start.");
    CodeWrongLength "code-wrong-length" => plural("found", "An invitation code has 12 letters and digits; this has {found}.", "An invitation code has 12 letters and digits; this has {found}.");
    CodeMistyped "code-mistyped" => text("This code has a mistake: check it against your invitation.");
    AnswersAnonymous "answers-anonymous" => text("Your answers are anonymous");
    UnfinishedResponse "unfinished-response" => plural("total", "You have an unfinished response on this device ({answered} of {total} question answered). Continue where you left off, or discard it.", "You have an unfinished response on this device ({answered} of {total} questions answered). Continue where you left off, or discard it.");
    UnfinishedOtherVersion "unfinished-other-version" => text("An unfinished response to version {version} of this survey was found on this device. The survey has changed since, so those answers cannot be used with it. Discard them to start afresh.");
    DiscardAndRestart "discard-and-restart" => text("Discard and start again");
    DiscardQuestion "discard-question" => text("Discard the unfinished answers on this device? This cannot be undone.");
    DiscardYes "discard-yes" => text("Yes, discard them");
    DiscardNo "discard-no" => text("No, keep them");

    // A section of questions.
    SectionProgress "section-progress" => text("Section {position} of {count}");
    ScreenProgress "screen-progress" => text("{position} of {count} in this section");
    QuestionsAnswered "questions-answered" => plural("total", "{answered} of {total} question answered", "{answered} of {total} questions answered");
    ShowWholeSection "show-whole-section" => text("Show the whole section");
    ShowOneAtATime "show-one-at-a-time" => text("Show one question at a time");
    GroupRequired "group-required" => text("Please choose the group you belong to. Every result is shown by group, never by person.");
    Back "back" => text("Back");
    Next "next" => text("Next");
    BackToReview "back-to-review" => text("Back to review");
    ReviewYourAnswers "review-your-answers" => text("Review your answers");
    SavedAsYouGo "saved-as-you-go" => text("Your answers are saved on this device as you go. You can skip any question.");

    // A question.
    PreferNotToSay "prefer-not-to-say" => text("Prefer not to say");
    // Whether an action agreed at the last workshop was carried out.
    FollowYes "follow-yes" => text("Yes, it was done");
    FollowPartly "follow-partly" => text("Partly");
    FollowNo "follow-no" => text("No, it was not done");
    FollowQuestion "follow-question" => text("Was this carried out?");
    PartnerOf "partner-of" => text("Partner {position} of {count}:");
    CharactersUsed "characters-used" => plural("max", "{used} of {max} character", "{used} of {max} characters");
    ReadAloud "read-aloud" => text("Read aloud");
    ReadAloudTo "read-aloud-to" => text("Read aloud: {question}");
    StopReading "stop-reading" => text("Stop reading");
    ClearAnswer "clear-answer" => text("Clear answer");
    ClearAnswerTo "clear-answer-to" => text("Clear answer: {question}");

    // Checking the answers.
    CheckYourAnswers "check-your-answers" => text("Check your answers");
    YouHaveAnswered "you-have-answered" => plural("total", "You have answered {answered} of {total} question.", "You have answered {answered} of {total} questions.");
    UnansweredMarked "unanswered-marked" => text("Questions you have not answered are marked; you can answer them now or submit as you are.");
    NotAnswered "not-answered" => text("Not answered");
    Change "change" => text("Change");
    ChangeAnswerTo "change-answer-to" => text("Change answer: {question}");
    Answer "answer" => text("Answer");
    AnswerTo "answer-to" => text("Answer: {question}");
    NoneOfThem "none-of-them" => text("None of them");
    PartnersRated "partners-rated" => plural("partners", "{rated} of {partners} partner rated", "{rated} of {partners} partners rated");
    SubmittingSends "submitting-sends" => text("Submitting sends your answers to {server}, where the person running the survey collects them, and keeps a copy on this device.");
    Submit "submit" => text("Submit your response");

    // Responses waiting on a shared device.
    WaitingToSend "waiting-to-send" => plural("waiting", "{waiting} response on this device is waiting to be sent to the person running the survey; this happens by itself once the connection is back.", "{waiting} responses on this device are waiting to be sent to the person running the survey; this happens by itself once the connection is back.");

    // Answers not being saved.
    NotSaving "not-saving" => text("Your answers are not being saved. {reason} They stay on this screen while it is open; before you close it, download them as a file.");
    DownloadYourAnswers "download-your-answers" => text("Download your answers");
    DownloadAfterGroup "download-after-group" => text("Once you have chosen your group, you can download your answers here.");

    // The thank-you page.
    ThankYou "thank-you" => text("Thank you");
    SavedOnDevice "saved-on-device" => text("Your response has been saved on this device.");
    NotSavedOnDevice "not-saved-on-device" => text("Your response could not be saved on this device. {reason}");
    DownloadToKeep "download-to-keep" => text("Please download it as a file now and send it to the person running the survey, so it is not lost.");
    WhatHappensNext "what-happens-next" => text("What happens next");
    NextSteps "next-steps" => plural("threshold", "The person running the survey gathers everyone's responses. The partnership then looks at the results together, by group, and agrees what to change. Results are only ever shown for groups of at least {threshold} person.", "The person running the survey gathers everyone's responses. The partnership then looks at the results together, by group, and agrees what to change. Results are only ever shown for groups of at least {threshold} people.");
    KioskReturns "kiosk-returns" => plural("seconds", "This shared device returns to the start in {seconds} second.", "This shared device returns to the start in {seconds} seconds.");
    DownloadYourResponse "download-your-response" => text("Download your response");
    StartForNextPerson "start-for-next-person" => text("Start for the next person");
    YourResponseCode "your-response-code" => text("Your response code");
    CodeExplained "code-explained" => text("If you were asked to pass your response on, copy this code and send it to the person running the survey (by message or email), or download your response as a file and send that. The code holds only your answers, never your name.");
    CopyCode "copy-code" => text("Copy code");
    CodeCopied "code-copied" => text("Code copied. Paste it into a message to the person running the survey.");
    CodeNotCopied "code-not-copied" => text("This browser did not let the code be copied: select it above and copy it.");
    CodeQr "code-qr" => text("Or let them scan this QR code of it with a phone camera, then paste the code into their dashboard.");
    CodeQrLabel "code-qr-label" => text("QR code of your response code");
    CodeTooLongForQr "code-too-long-for-qr" => text("This code is too long for a QR code: copy it or download it instead.");
    SendIfAsked "send-if-asked" => text("If you were asked to send your response, download it as a file and send it on.");
    BackToStart "back-to-start" => text("Back to the start");
    NotSentEither "not-sent-either" => text("It could not be sent to {server} either.");
    CannotSealFile "cannot-seal-file" => text("This browser cannot seal your response so that only the survey's facilitators can read it, so it offers no file. Your response is kept on this device.");
    CannotSeal "cannot-seal" => text("This browser cannot seal your response so that only the survey's facilitators can read it, so it was not sent to {server}. It is kept on this device.");
    Sending "sending" => text("Sending your response to the person running the survey ({server})…");
    Sent "sent" => text("Sent to the person running the survey ({server}).");
    Offline "offline" => text("This device is offline. Your response is kept on it and will be sent when you are back online.");
    WillRetry "will-retry" => text("Your response could not reach {server} just now. It is kept on this device and will be sent by itself when the connection returns or the survey is next opened here.");
    Refused "refused" => text("{server} did not accept your response: {reason}");

    // A shared workshop device.
    SharedDevice "shared-device" => text("Shared device");
    SharedDeviceNote "shared-device-note" => text("Shared device: after each response this screen clears for the next person.");
    LeaveKiosk "leave-kiosk" => text("Leave kiosk mode");
    LeaveKioskQuestion "leave-kiosk-question" => text("Leave kiosk mode? Only the person running the workshop should do this.");
    LeaveKioskYes "leave-kiosk-yes" => text("Yes, leave kiosk mode");
    StayInKiosk "stay-in-kiosk" => text("Stay in kiosk mode");
}
