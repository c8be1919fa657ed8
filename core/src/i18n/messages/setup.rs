//! The set-up page: every message of the facilitator's set-up screen, and the problems it may
//! report, with English compiled in. Translations: `locales/setup/<language>.json`.

use super::{messages, plural, text};

messages! {
    /// A message of the set-up page.
    SetupMsg, folder "locales/setup/", translated ["cy"];
    PageLanguage "page-language" => text("Language of this page");
    // The browser tab's title (setup.html writes the English one before the app starts).
    PageTitle "page-title" => text("Set up a survey – Partnership Pulse");
    LanguageUnavailable "language-unavailable" => text("This page's words in {language} could not be loaded, so they are shown in English.");

    // The page.
    SetUpASurvey "set-up-a-survey" => text("Set up a survey");
    SetUpLead "set-up-lead" => text("Choose the partners, groups and questions, then share the survey's link or QR code. Everything stays in this browser: nothing is sent anywhere unless you publish the survey to a database.");
    CannotOpen "cannot-open" => text("The set-up page cannot open");
    BuiltinUnavailable "builtin-unavailable" => text("The built-in survey, which every set-up starts from, could not be loaded. Reload the page; if this keeps happening, tell whoever runs this site.");
    ReadingSurveys "reading-surveys" => text("Reading the surveys saved in this browser…");
    ChangesNotSaved "changes-not-saved" => text("Your changes could not be saved in this browser: {reason} Download the survey file below to keep them.");
    ImportChoiceLabel "import-choice-label" => text("What to do with the imported survey file");
    ImportAsVersion "import-as-version" => text("Import as another version");
    ImportAsOwn "import-as-own" => text("Import as a survey of its own");
    DoNotImport "do-not-import" => text("Do not import");
    Editing "editing" => text("Editing: {survey}");
    SurveyIdVersion "survey-id-version" => text("Survey id {id}, version {version}. Changes are saved in this browser as you make them.");

    // The surveys on this device.
    YourSurveys "your-surveys" => text("Your surveys in this browser");
    NoSurveysYet "no-surveys-yet" => text("None yet. Start a new survey from the built-in questions, or import a survey file.");
    OpenMark "open-mark" => text(" (open)");
    NewSurvey "new-survey" => text("New survey");
    ImportSurveyFile "import-survey-file" => text("Import a survey file (.json)");
    SurveyFileTooLarge "survey-file-too-large" => text("{file} is larger than 1 MB, too large for a survey file.");
    FileUnreadable "file-unreadable" => text("{file} could not be read.");
    SurveyFileRefused "survey-file-refused" => text("{file} was not imported, because it is not a survey this app can run:");

    // About this survey.
    AboutThisSurvey "about-this-survey" => text("About this survey");
    TitleRespondentsSee "title-respondents-see" => text("Title respondents see");
    WaveLabel "wave-label" => text("Wave label");
    WaveHint "wave-hint" => text("Which round this is, for example \"2026 spring\". The dashboard compares waves of the same survey.");
    SurveyLanguage "survey-language" => text("Language");
    SmallestGroupShown "smallest-group-shown" => text("Smallest group shown");
    ThresholdHint "threshold-hint" => text("Groups, partners and cells with fewer responses than this show no figures, so no one can be identified. At least {minimum}.");
    ThresholdRaised "threshold-raised" => text("{typed} is too small: in a group of fewer than {minimum} people, someone could be recognised from the figures. The smallest group shown is set to {minimum}.");
    ThresholdLowered "threshold-lowered" => text("{typed} would hide nearly every figure: the smallest group shown is set to {maximum}, the most this app allows.");
    ThresholdNotANumber "threshold-not-a-number" => text("Please type a whole number from {minimum} to {maximum}. The smallest group shown stays {kept}.");
    SubmissionAddress "submission-address" => text("Submission address (optional)");
    SubmissionHint "submission-hint" => text("Leave empty to gather responses by file, code or a shared device. With the address your host set up (docs/operating/workshops.md), for example https://pulse.example.org/partnership-pulse/submit, each respondent's device sends their response there when they submit, and keeps it until it is sent. The share link carries the address.");

    // Partners and groups.
    PartnersLegend "partners-legend" => text("Partner organisations");
    PartnersHint "partners-hint" => text("Respondents say which partner they belong to, and rate what each partner gives and gains. Renaming keeps earlier answers; removing a partner after people have answered leaves their answers about it out.");
    NoPartnersYet "no-partners-yet" => text("No partners yet.");
    NameOfPartner "name-of-partner" => text("Name of partner {number}");
    NewPartner "new-partner" => text("New partner");
    AddPartner "add-partner" => text("Add partner");
    GroupsLegend "groups-legend" => text("Stakeholder groups");
    GroupsHint "groups-hint" => text("Every respondent chooses one group; charts compare the groups. The defaults follow the partnership's usual stakeholders.");
    NoGroupsYet "no-groups-yet" => text("No groups yet.");
    NameOfGroup "name-of-group" => text("Name of group {number}");
    NewGroup "new-group" => text("New group");
    AddGroup "add-group" => text("Add group");
    MoveUp "move-up" => text("Move {name} up");
    MoveDown "move-down" => text("Move {name} down");
    Up "up" => text("Up");
    Down "down" => text("Down");
    Remove "remove" => text("Remove");
    RemoveNamed "remove-named" => text("Remove {name}");

    // Questions and statements.
    Questions "questions" => text("Questions");
    QuestionsAsked "questions-asked" => plural("asked", "{asked} question is asked. Fewer questions take less time; each indicator needs at least one of its statements.", "{asked} questions are asked. Fewer questions take less time; each indicator needs at least one of its statements.");
    AlwaysAsked "always-asked" => text(" (always asked: every chart compares groups)");
    OwnStatements "own-statements" => text("Your own statements");
    OwnStatementsHint "own-statements-hint" => text("Statements are answered on the agree–disagree scale. One counted towards an indicator changes that indicator's score.");
    StatementListed "statement-listed" => text("{statement} ({section}, {scored})");
    CountsTowardsNamed "counts-towards-named" => text("counts towards {indicator}");
    NotCounted "not-counted" => text("not counted in an indicator");
    RemoveStatement "remove-statement" => text("Remove statement: {statement}");
    NewStatement "new-statement" => text("New statement");
    AskedInSection "asked-in-section" => text("Asked in section");
    CountsTowards "counts-towards" => text("Counts towards");
    NoIndicator "no-indicator" => text("No indicator (asked, not scored)");
    AddStatement "add-statement" => text("Add statement");

    // Translations.
    Translations "translations" => text("Translations");
    TranslationsHint "translations-hint" => text("Your own texts in the survey's other languages. Respondents who choose a language see these words; a text left empty is shown as written above. Texts of the built-in survey you kept start with its own translation.");
    KindTitle "kind-title" => text("Title: {text}");
    KindGroup "kind-group" => text("Group: {text}");
    KindPartner "kind-partner" => text("Partner: {text}");
    KindStatement "kind-statement" => text("Statement: {text}");
    KindSection "kind-section" => text("Section: {text}");
    KindAction "kind-action" => text("Agreed action: {text}");
    DownloadTranslation "download-translation" => text("Download the {language} translation file");
    ImportTranslation "import-translation" => text("Import a translation file (.json)");
    TranslationTaken "translation-taken" => plural("count", "{file}: {count} text in {language} taken.", "{file}: {count} texts in {language} taken.");
    TranslationTooLarge "translation-too-large" => text("{file} is too large for a translation file.");
    TranslationRefused "translation-refused" => text("{file} was not imported; nothing of it was taken:");
    NotATranslationFile "not-a-translation-file" => text("This is not a translation file: {reason}.");
    TranslatesOtherSurvey "translates-other-survey" => text("This file translates the survey \"{found}\", not \"{expected}\".");
    LanguageNotOffered "language-not-offered" => text("The survey is not offered in \"{language}\", so there is nothing to translate into it.");
    TranslationMissing "translation-missing" => text("\"{key}\" is missing: every text needs its translation.");
    TranslationExtra "translation-extra" => text("\"{key}\" is not a text of this survey.");
    TranslationEmpty "translation-empty" => text("\"{key}\" is empty.");

    // Sharing.
    Share "share" => text("Share");
    BeforeSharing "before-sharing" => text("Before this survey can be shared:");
    AddAPartner "add-a-partner" => text("Add at least one partner organisation (under \"Partner organisations\"): respondents say which partner they belong to and rate each one.");
    AddAGroup "add-a-group" => text("Add at least one stakeholder group (under \"Stakeholder groups\"): every figure is shown by group.");
    GiveATitle "give-a-title" => text("Give the survey a title (under \"About this survey\"): respondents see it first.");
    MakingTheLink "making-the-link" => text("Making the link…");
    NoCompression "no-compression" => text("This browser cannot compress the link (it needs CompressionStream, in browsers since 2023). Share the survey file instead.");
    LinkTooLarge "link-too-large" => text("This survey is too large for a link (links carry at most {kilobytes} KB of survey): share the survey file instead.");
    LinkExplained "link-explained" => text("Anyone who opens this link gets exactly this survey. The set-up travels inside the link, after the #, which browsers never send to a web server.");
    SurveyLink "survey-link" => text("Survey link");
    LinkCharacters "link-characters" => plural("count", "{count} character.", "{count} characters.");
    SubmissionExplained "submission-explained" => text("Each respondent's device sends their response to {address} as they submit. If the site serving the survey page sets a Content-Security-Policy, it must allow that server: connect-src 'self' {site}.");
    CopyLink "copy-link" => text("Copy link");
    OpenTheSurvey "open-the-survey" => text("Open the survey");
    OpensInNewTab "opens-in-new-tab" => text(" (opens in a new tab)");
    OpenOnSharedDevice "open-on-shared-device" => text("Open on a shared workshop device");
    KioskOpensInNewTab "kiosk-opens-in-new-tab" => text(" (kiosk mode, opens in a new tab)");
    LinkCopied "link-copied" => text("Link copied.");
    LinkNotCopied "link-not-copied" => text("This browser did not let the app copy: the link is selected above, so press Ctrl+C (⌘C on a Mac) to copy it.");
    QrOfLink "qr-of-link" => text("QR code of the survey link");
    QrTooLong "qr-too-long" => text("No QR code: this link is {length} characters long, more than a QR code can hold (about {most}). Share it by copying instead, or make it shorter: fewer custom statements, shorter names.");
    ShowQrLarge "show-qr-large" => text("Show the QR code large, for a projector");
    ScanToOpen "scan-to-open" => text("Scan to open the survey");
    Close "close" => text("Close");
    ResponsesAndNextWave "responses-and-next-wave" => text("Responses and the next wave");
    OpenDashboard "open-dashboard" => text("Open this survey's dashboard");
    DownloadSurveyFile "download-survey-file" => text("Download the survey file");
    DuplicateForNextWave "duplicate-for-next-wave" => text("Duplicate for the next wave");
    DeleteThisSurvey "delete-this-survey" => text("Delete this survey");
    DeleteThisSurveyQuestion "delete-this-survey-question" => text("Delete this survey?");
    DeleteConfirm "delete-confirm" => text("Delete \"{survey}\" from this browser? Its responses stay on the dashboard; its set-up cannot be brought back unless you downloaded its survey file.");
    YesDelete "yes-delete" => text("Yes, delete it");
    NoKeep "no-keep" => text("No, keep it");

    // What the facilitator is told after an action.
    NoticeNewVersion "notice-new-version" => text("The questions, groups or partners now differ from another wave of this survey, so this is version {version}: its responses are analysed apart from the other version's.");
    NoticeNextWave "notice-next-wave" => text("A copy for the next wave is open. Give it a wave label, then share its new link.");
    NoticeImported "notice-imported" => text("\"{survey}\" was imported and is open.");
    NoticeAlreadyHere "notice-already-here" => text("\"{survey}\" is already on this device, so it was not added again; it is open.");
    NoticeDeleted "notice-deleted" => text("\"{survey}\" was deleted from this device.");
    NoticeSameId "notice-same-id" => text("\"{survey}\" uses the survey id \"{id}\", which a different survey on this device already has. Import it as another version of that survey, or as a survey of its own? Nothing is imported until you choose, and no stored response is changed either way.");
    NoticeImportedAsVersion "notice-imported-as-version" => text("\"{survey}\" was imported as version {version}. Responses to other versions stay stored; the dashboard of each version shows its own and says how many belong to others.");
    NoticeImportedSeparately "notice-imported-separately" => text("\"{survey}\" was imported as a survey of its own, with the id \"{id}\".");
    NoticeImportCancelled "notice-import-cancelled" => text("Nothing was imported.");
    NoticeSealed "notice-sealed" => text("This survey's responses are sealed from now on. Download the key file and keep it with the passphrase.");
    NoticeKeyRestored "notice-key-restored" => text("The survey's key is on this device again: its dashboard opens the responses with the passphrase.");
    NoticeKeyNotThisSurveys "notice-key-not-this-surveys" => text("That key is not the one this survey's responses are sealed for: nothing changed.");
    SealBeforeSharing "seal-before-sharing" => text("This survey sends responses to a server, so its link waits until its responses are sealed (under \"Sealed responses\" above): then only its facilitators can read them. Without sealing, whoever runs the server, and anyone holding its passwords, can read every answer.");
    ShareUnsealed "share-unsealed" => text("Share without sealing");
    SealBeforePublishing "seal-before-publishing" => text("A database keeps the responses facilitators' devices send it, so publishing waits until this survey's responses are sealed (under \"Sealed responses\" above). Without sealing, whoever runs the database can read every answer.");
    PublishUnsealed "publish-unsealed" => text("Publish without sealing");
    SealTitle "seal-title" => text("Sealed responses");
    SealWhy "seal-why" => text("Seal this survey's responses so that only its facilitators can read them: not whoever runs the database, nor anyone holding its passwords. Every response that leaves a respondent's device (to the submission address, as a file or as a code) is then locked for the survey's key, which opens only with the passphrase you choose here.");
    SealRecommended "seal-recommended" => text("Recommended: this survey sends responses to a server.");
    SealPassphrase "seal-passphrase" => text("Passphrase (at least 12 characters)");
    SealPassphraseAgain "seal-passphrase-again" => text("The same passphrase again");
    SealButton "seal-button" => text("Seal this survey's responses");
    SealMaking "seal-making" => text("Making the survey's key…");
    SealTooShort "seal-too-short" => text("The passphrase needs at least 12 characters: a few unusual words are easy to remember and hard to guess.");
    SealMismatch "seal-mismatch" => text("The two passphrases differ. Type the same one twice.");
    SealUnavailable "seal-unavailable" => text("This browser cannot make keys here: open the set-up page on a secure (https) address.");
    SealedNow "sealed-now" => text("This survey's responses are sealed. Without its key and passphrase nobody can read them: not the database's host, not the makers of this app, not you. Download the key file and keep it somewhere safe, apart from the passphrase: the passphrase is not in the file, and nobody can recover it.");
    SealedWithoutKey "sealed-without-key" => text("This survey's responses are sealed for a key this device does not hold. Open the survey from its database, or import its key file, to read them here.");
    DownloadKey "download-key" => text("Download the key file");
    ImportKeyFile "import-key-file" => text("Import the survey's key file");
    KeyFileUnreadable "key-file-unreadable" => text("That file is not a Partnership Pulse key file.");

    // Why an edit was refused.
    TypeGroupName "type-group-name" => text("Please type the group.");
    TypePartnerName "type-partner-name" => text("Please type the partner.");
    TypeStatement "type-statement" => text("Please type the statement.");
    AlreadyInList "already-in-list" => text("\"{name}\" is already in the list.");
    ThresholdRange "threshold-range" => text("The small-number threshold must be a whole number from {minimum} to {maximum}: fewer than {minimum} responses could identify people.");
    GroupQuestionRequired "group-question-required" => text("The question about which group people belong to is always asked: every chart needs it.");
    LastGroup "last-group" => text("A survey needs at least one stakeholder group.");
    NoSuchEntry "no-such-entry" => text("That entry is no longer there.");
    WaveTooLong "wave-too-long" => text("The wave label can be at most {limit} characters long.");
    TooManyGroups "too-many-groups" => text("A survey can have at most {limit} stakeholder groups; remove one before adding another.");
    InvitationsTitle "invitations-title" => text("Who can respond");
    OpenToAnyone "open-to-anyone" => text("Anyone with the survey's link can add responses, as many as they like, so made-up responses could change the figures. By invitation, each invitation code counts once.");
    ByInvitation "by-invitation" => text("By invitation: only responses with an invitation code count");
    NoInvitationsYet "no-invitations-yet" => text("No invitations made yet: until you make some, no response counts.");
    InvitationsMade "invitations-made" => plural("count", "1 invitation made: {detail}.", "{count} invitations made: {detail}.");
    ForGroup "for-group" => text("{count} for {group}");
    ForAnyGroup "for-any-group" => text("{count} for any group");
    HowManyInvitations "how-many-invitations" => text("How many invitations to make (1 to 500)");
    InvitationsFor "invitations-for" => text("For which group");
    AnyGroup "any-group" => text("Any group");
    MakeInvitations "make-invitations" => text("Make invitations");
    NoSecureRandom "no-secure-random" => text("This browser cannot make unguessable codes, so no invitations were made: use a current browser.");
    CodesShownOnce "codes-shown-once" => plural("count", "This code is shown only now: print the card or download the link before you leave this page. Pulse keeps only a fingerprint of each code, never the code or who gets it.", "These {count} codes are shown only now: print the cards or download the links before you leave this page. Pulse keeps only a fingerprint of each code, never the code or who gets it.");
    PrintCards "print-cards" => text("Print the cards");
    DownloadLinks "download-links" => text("Download the links");
    InvitationsUnlinkable "invitations-unlinkable" => text("Cut the cards apart and let each person take one from a shuffled pile: then no one can tell whose answers are whose. Links sent to people by name can be matched to their answers by whoever sent them.");
    InvitationsDatabase "invitations-database" => text("If responses go to a CouchDB database, give its administrator the survey file again after making invitations: the database then accepts only responses with a code the survey made, once each.");
    StopInvitationsConfirm "stop-invitations-confirm" => plural("count", "Stop asking for invitations? The invitation made will stop working, and anyone with the link can respond.", "Stop asking for invitations? The {count} invitations made will stop working, and anyone with the link can respond.");
    StopInvitations "stop-invitations" => text("Stop asking for invitations");
    KeepInvitations "keep-invitations" => text("Keep the invitations");
    CardTitle "card-title" => text("Your invitation to answer: {survey}");
    CardFor "card-for" => text("For {group}");
    CardHowTo "card-how-to" => text("Scan the square with a phone, or open the survey and type this code:");
    CardQr "card-qr" => text("QR code of your invitation link");
    TooManyInvitations "too-many-invitations" => text("A survey can have at most {limit} invitations.");
    TooManyPartners "too-many-partners" => text("A survey can have at most {limit} partner organisations; remove one before adding another.");
    AddressNotHttps "address-not-https" => text("The submission address must start with https:// (answers are never sent unencrypted).");
    AddressNoServer "address-no-server" => text("The submission address must name a server after https://.");
    AddressHasCredentials "address-has-credentials" => text("The submission address must not hold a user name or password: anyone with the survey link could read them. The host's proxy adds them.");
    AddressHasQuery "address-has-query" => text("The submission address must not contain ? or #.");
    AddressBadCharacter "address-bad-character" => text("The submission address cannot contain spaces or quotation marks.");
    AddressTooLong "address-too-long" => text("The submission address is too long (at most 300 characters).");

    // This browser's storage.
    StoreUnavailable "store-unavailable" => text("This browser is not letting the survey save anything (private browsing or storage turned off).");
    StoreFull "store-full" => text("This browser's storage for this site is full.");
    StoreBlocked "store-blocked" => text("This browser's storage did not open: another tab of this site is holding it. Close the other tabs of this site, then reload this page.");
    StoreNewerRelease "store-newer-release" => text("This browser's storage was last used by a newer version of this app, which this page cannot read. Reload the page to get the newer version.");
    StoreUnreadable "store-unreadable" => text("Saved data under \"{key}\" could not be read. It has been kept aside as \"{kept_as}\", not deleted.");
    StoreSomeUnreadable "store-some-unreadable" => plural("count", "One stored response could not be read. It has been kept aside as \"{kept_as}\", not deleted; every other response is used.", "{count} stored responses could not be read. They have been kept aside as \"{kept_as}\", not deleted; every other response is used.");
    StoreNotEncodable "store-not-encodable" => text("The data could not be prepared for saving, so nothing stored was changed.");
    StoreNotMoved "store-not-moved" => text("Answers saved by an earlier version of this app could not be moved to its new storage. They are still kept where they were, and the app will try again next time.");
    StoreDiffers "store-differs" => text("Data an earlier version of this app kept under \"{key}\" differs from what is now stored under that name. The earlier version's data has been kept aside as \"{kept_as}\", not deleted.");

    // A CouchDB database.
    PublishTitle "publish-title" => text("Publish to a CouchDB database");
    PublishHint "publish-hint" => text("For partnerships whose responses are gathered in a CouchDB database (see docs/operating/workshops.md): publishing puts this survey's definition there, so that another facilitator's device opens the very same survey and version from it. Publishing needs a CouchDB user with the facilitator role. The user name and password stay on this device only, and the survey's dashboard uses the same connection.");
    PublishWhenReady "publish-when-ready" => text("The survey can be published once it is ready to share (see \"Share\" above).");
    PublishVersion "publish-version" => text("Publish version {version} to the database");
    ConnectAndPublish "connect-and-publish" => text("Connect and publish");
    Publishing "publishing" => text("Publishing…");
    Disconnected "disconnected" => text("Disconnected. The connection and its password are forgotten on this device; what the database holds stays there.");
    NotPublished "not-published" => text("Not published. {reason}");
    PublishedNew "published-new" => text("Published version {version} of \"{title}\" to the database {database}. Another facilitator can open it from there: on their set-up page, \"Open a survey from a CouchDB database\".");
    PublishedUnchanged "published-unchanged" => text("The database {database} already has version {version} of \"{title}\", exactly as it is here.");
    PublishedReplaced "published-replaced" => text("Published: the database {database} now has this wording of version {version} of \"{title}\", in place of an earlier one.");
    OpenFromDatabaseTitle "open-from-database-title" => text("Open a survey from a CouchDB database");
    OpenFromDatabaseSummary "open-from-database-summary" => text("For a second facilitator: open the survey another facilitator published to the partnership's database");
    FindSurveys "find-surveys" => text("Find surveys");
    LookingForSurveys "looking-for-surveys" => text("Looking for surveys in {database}…");
    NoPublishedSurveys "no-published-surveys" => text("The database {database} has no published survey yet. The facilitator who set the survey up publishes it from their set-up page.");
    PublishedSurveys "published-surveys" => plural("count", "The database {database} has {count} published survey.", "The database {database} has {count} published surveys.");
    SurveysPublished "surveys-published" => text("Surveys published in the database");
    PublishedSurvey "published-survey" => text("{title}: survey id {id}, version {version}");
    Open "open" => text("Open");
    OpenWhich "open-which" => text(" {title}, version {version}");
    SetAside "set-aside" => text("Set aside, as they are not surveys this app can open:");
    OpenedSurvey "opened-survey" => text("Opened version {version} of \"{title}\" from the database {database}. This device syncs it with that database: its dashboard receives the responses when opened.");
    ConnectionNotKept "connection-not-kept" => text("The survey is open, but this device could not keep the connection, so its dashboard will ask for it again: {reason}");
    ActionsNotAdopted "actions-not-adopted" => text("The survey is open, but this device could not keep the actions agreed at its workshops: {reason}");
    FollowThroughTitle "follow-through-title" => text("What we agreed last time");
    FollowThroughHint "follow-through-hint" => text("The actions agreed at this survey's workshops, as recorded on this device's dashboard. Tick each one this wave should ask about: respondents say whether it was carried out (yes, partly, no or don't know), and the dashboard shows what each group said beside the action.");
    ActionWasDropped "action-was-dropped" => text("(dropped)");
    ActionsUnreadableHere "actions-unreadable-here" => text("The actions agreed at this survey's workshops could not be read: {reason}");
}
