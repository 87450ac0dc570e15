<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>The local database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section (or menu group) to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to the first paint and the peak memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (ko or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init [--demo]  create or upgrade the local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pledges [--json]  code, title, status, rate of every pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pledge CODE [--json]  one full card with derived figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMayor Studio command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With init: fill a new database with the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openmayor-cli: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openmayor-cli: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pledges takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pledge takes one pledge code, e.g. 7-1-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (million KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1, executed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentListing</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Completed, closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed, continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naju City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeDetail</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mean of the indicators&apos; rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned, %2 executed (million KRW) — execution %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3, rate %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators: no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 completed of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(mean over %n rated pledge(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Mayor&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking with citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises to citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and writings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naju City SNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge project plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::Application</name>
    <message>
        <source>OpenMayor Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another OpenMayor Studio window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ContentSectionWidget</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>openmayor::Database</name>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OpenMayor Studio database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OpenMayor Studio database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an OpenMayor Studio database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of OpenMayor Studio (schema %2; this version knows up to %3). Update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema migration is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the data and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database query returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::DemoData</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MainWindow</name>
    <message>
        <source>%1 — OpenMayor Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMayor Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Empty Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Demo Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OpenMayor Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Citizens&apos; petitions&lt;/h2&gt;&lt;p&gt;Petitions are received on the portal. Handling them in OpenMayor Studio (intake, assignment, answers, masking of personal data) comes in a later version.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMayor databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Empty Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMayor databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OpenMayor Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OpenMayor Studio %1&lt;/h3&gt;&lt;p&gt;Content and pledge-book editor for the &quot;365-day Open Mayor&apos;s Office&quot; of the Naju City portal.&lt;/p&gt;&lt;p&gt;Schema version %2. Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MediaLibrary</name>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the media file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeRepository</name>
    <message>
        <source>There is no pledge with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeSectionWidget</name>
    <message>
        <source>Select a pledge to see its card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeTreeModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is used from the next start. Leave it empty for the default file in your user folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMayor databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::WelcomeDialog</name>
    <message>
        <source>Welcome to OpenMayor Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;There is no database yet&lt;/h3&gt;&lt;p&gt;OpenMayor Studio keeps its data in &lt;b&gt;%1&lt;/b&gt;. Start with the demo data (pledge card 7-1-3 and sample content), or with an empty database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
