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
    <message>
        <source>With export to .csv: utf-8 (default, with BOM) or cp949.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a kind and a file, e.g. &quot;%1 pledges pledges.json&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge file must end in .json or .csv: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding is utf-8 or cp949 (cp949 for .csv only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges exported: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilment [--period YYYY-Qn | --as-of DATE] [--decimals N] [--rounding half-up|truncate] [--include-dropped] [--json]  city figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods [--json]  the published reporting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish YYYY-Qn [--as-of DATE]  freeze every pledge&apos;s rate and status as a reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report card CODE|book --out FILE.pdf  the printable pledge card, or every card after the city figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fulfilment: the figures of a published period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates as of this date (values of later years do not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals of the published figures (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-up (default) or truncate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count dropped pledges too.</source>
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
        <source> (completed and completed-continuing ÷ counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mean of the pledges&apos; rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (executed ÷ planned budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilment takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decimals takes a whole number from 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rounding is half-up or truncate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date like 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --period or --as-of, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is written like 2024-Q1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish takes one period, e.g. 2024-Q1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 (basis date %2): average rate %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge card %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pledge book of %n pledge(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>report takes &quot;card CODE&quot; or &quot;book&quot;, e.g. &quot;report card 7-1-3 --out card.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file must end in .pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import pledges FILE | schedule FILE.ics [--dry-run]  add and update pledges from .json or .csv, or events from iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export pledges FILE [--encoding utf-8|cp949] | schedule FILE.ics [--from DATE] [--to DATE] [--public-only]  write the pledge book as .json or .csv, or the schedule as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search TEXT [--limit N] [--json]  find TEXT in all content, best matches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With search: at most N results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export schedule: the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export schedule: the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export schedule: leave internal events out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With import schedule: show the plan, save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 knows &quot;pledges&quot; and &quot;schedule&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date like 2024-05-31, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule file must end in .ics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule import (dry run, nothing saved): %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule exported: %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the text to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart fulfilment-trend|indicators|budget|status|infographic --out FILE.png|.svg|.pdf [--pledge CODE] [--size WxH|a4] [--template rate-card|trend|budget|pledge-card]  a chart or an infographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With report or chart: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With chart: the pledge (code) to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With chart: WIDTHxHEIGHT in pixels, or a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With chart infographic: the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart takes one KIND: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart infographic needs --template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template goes with chart infographic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;; one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs --out FILE.png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT (16 to 8000 pixels) or a4, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size a4 writes PDF only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pledge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal init --portal URL [--media-url URL] [--media-user NAME]  create or upgrade the portal&apos;s database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync --portal URL [--json] [--progress]  send local changes to the portal and receive its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts [--json]  changes sync could not apply on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve ID --take mine|theirs  settle one conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With portal and sync: postgresql://user@host:port/db (the password comes from OPENMAYOR_PORTAL_PASSWORD or the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With portal init: the media store&apos;s WebDAV address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With portal init: the media store&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With resolve: mine or theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--portal postgresql://user@host:port/database is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal needs a subcommand: portal init --portal URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal schema is at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, sent %2, conflicts %3, refused %4, files uploaded %5, files waiting %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for the media store: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve needs a conflict number and --take mine or --take theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index [--progress] [--json]  add to the search index what a large sync left for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With sync and index: report progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search index is up to date (%n item(s) added).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are found by a slower search until the search index has taken them in: the app does it in the background, or run &apos;openmayor-cli index&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>KOGL Type 1 (attribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOGL Type 2 (attribution, non-commercial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOGL Type 3 (attribution, no derivatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOGL Type 4 (attribution, non-commercial, no derivatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>there is more text after END:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an iCalendar file (it must begin with BEGIN:VCALENDAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:%1 inside %2 of line %3 (is an END missing?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 does not close BEGIN:%2 of line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event that begins here has no start (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date or date-time for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid DURATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid SEQUENCE number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not a schedule to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 is larger than %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line holds control characters or binary data; this is not an iCalendar text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a continuation line without a line before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it holds no calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not UTF-8 text (binary data or another encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar content line (NAME:value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed (the file ends first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone “%1” is unknown and the file does not define it (VTIMEZONE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the event was left out (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a changed occurrence of a repeating event is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” repeats; only its first occurrence is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UID %1 is already used by the event of line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an older version (SEQUENCE %2) than the stored one (%3); the file&apos;s version replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeCsv</name>
    <message>
        <source>This system cannot write CP949 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the character &quot;%3&quot; cannot be written in CP949; export in UTF-8 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is not closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more cells than the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there can be only one term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no pledge &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
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
    <message>
        <source>Financing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(executed %1 ÷ planned %2 million KRW)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeImport</name>
    <message>
        <source>Pledge file, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new area needs a term, and neither the file nor the database has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal %1 belongs to area %2, which is neither in the file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pledge %1 belongs to goal %2, which is neither in the file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the pledge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeInterchange</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code (a number, e.g. 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a goal code (area-goal, e.g. 7-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pledge code (area-goal-item, e.g. 7-1-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter (YYYY-Qn, e.g. 2022-Q3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second amount for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second executed amount for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM, YYYY-MM-DD or FROM/TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OpenMayor pledge file (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was written by a newer OpenMayor Studio; this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge file, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge file is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalPreview</name>
    <message>
        <source>Attachments</source>
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
    <name>SyncLabels</name>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge snapshot</source>
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
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the portal, changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, changed on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ActivityEditor</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (drag to reorder, drop files to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it (required before publishing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::AllDayStrip</name>
    <message>
        <source>All day</source>
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
    <name>openmayor::BrandTheme</name>
    <message>
        <source>Text on background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary colour on background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour on primary band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary colour on background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::BudgetChartModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::BudgetGridModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total = prior %1 + within term %2 + after term %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within term = %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total = %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 within term = %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior and after-term amounts are not split by source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed = %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate = executed %1 ÷ planned %2 = %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate: nothing is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior</source>
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
        <source>Set prior investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set after-term investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set executed amount for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::CardItems</name>
    <message>
        <source>“%1” is not an amount: type a number such as 20 or 1,234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write a month (2024-03) or a day (2024-03-15).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::CityFiguresReport</name>
    <message>
        <source>Pledge fulfilment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pledge fulfilment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term %1 ~ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within-term pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average fulfilment rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned budget (million KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured budget (million KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate = (completed, closed + completed, continuing) ÷ pledges counted × 100. Average fulfilment rate = mean of the rated pledges&apos; rates; a pledge&apos;s rate is the mean of its indicators&apos; rates. Financing rate = secured (executed) budget ÷ planned budget × 100. Dropped pledges are not counted. Rates are rounded half up to one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge cards in this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book holds no pledges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ComposerDialog</name>
    <message>
        <source>Infographic composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image and alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme contrast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infographic preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export infographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the image and its alt text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ConflictDialog</name>
    <message>
        <source>Apply Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed here and on the portal. The fields marked &quot;Conflict&quot; differ; choose which value to keep for each, or keep one side wholly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on the portal, but you changed it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted here, but someone changed it on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused your change to %1: %2
Your edit is kept here. Revert to the portal&apos;s value, or leave it as it is until someone allowed to make this change syncs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the Portal&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep My Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete It Here Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep It Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the Portal&apos;s Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the Portal&apos;s Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved. Sync now to send your decisions to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::Content</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOGL type %1: attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOGL type %1: attribution, non-commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOGL type %1: attribution, no derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOGL type %1: attribution, non-commercial, no derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
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
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 address; check the platform or the link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ContentEditor</name>
    <message>
        <source>Select an item in the list, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field in error first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Before Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only personal data in the body can be masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask all personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ContentItemRepository</name>
    <message>
        <source>This kind of item cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the media library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That revision does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists; it may have been deleted.</source>
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
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected item as the portal would at phone, tablet and PC widths (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ContentWorkflow</name>
    <message>
        <source>This kind of item has no workflow here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The database file could not be read or written.</source>
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
    <name>openmayor::DepartmentListModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a department role: choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change department role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change team leader&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change officer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n department contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n department contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder department contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::EventChip</name>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overlaps another event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::EventDialog</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mayor does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::FulfilmentChartsPanel</name>
    <message>
        <source>Fulfilment over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::FulfilmentTrendModel</name>
    <message>
        <source>Now (unpublished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge %1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ImportPreviewDialog</name>
    <message>
        <source>Import pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 new, %3 updated, %4 unchanged. Nothing is deleted. The import is applied in one step; it cannot be undone with Ctrl+Z, so export a copy first if in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::IndicatorChartModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::IndicatorGridModel</name>
    <message>
        <source>Cumulative actual to %1 ÷ final cumulative target × 100 = %2 ÷ %3 × 100 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest actual ÷ target of the last year × 100 = %1 ÷ %2 × 100 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Baseline − latest actual) ÷ (baseline − last target) × 100 = (%1 − %2) ÷ (%1 − %3) × 100 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100% once an actual of 1 or more is recorded, else 0% = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This actual is for a year after the basis date (%1) and is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running sum of the yearly values up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and actuals cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the %1 %2 of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::IndicatorPage</name>
    <message>
        <source>Rename the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the indicator&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the indicator&apos;s kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the indicator&apos;s baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator rate: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pledge has no indicators yet, so it has no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pledge rate (mean of %n indicator rate(s)): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the indicator &quot;%1&quot;</source>
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
    <message>
        <source>The item is no longer in its section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Infographic composer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MediaDetailsPane</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows, for screen readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image has no alt text. Images without alt text cannot be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this file type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MediaDock</name>
    <message>
        <source>Media Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, alt text, caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the library (or drop them on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the Media Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Documents (*.pdf *.hwp *.hwpx *.docx *.xlsx *.pptx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were in the library already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>openmayor::MediaEdits</name>
    <message>
        <source>Edit media “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete media “%1”</source>
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
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; the media library takes files of up to %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown licence “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media name has at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alt text has at most 1000 characters; put longer descriptions in the caption or the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still used by %2; remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of %1 do not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the media file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MediaListModel</name>
    <message>
        <source>No alt text yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MediaPickerDialog</name>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, alt text, caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows, for screen readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images need an alt text: describe what the picture shows, in one sentence, for people who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the Media Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MediaStore</name>
    <message>
        <source>The media store gave an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media store address %1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sha256 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media store refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media store does not let this user store files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media store&apos;s server %1 was not found; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media store at %1 is not working at the moment; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the media store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the media store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media store&apos;s folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has changed since it was added to the media library; it was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::MediaUsage</name>
    <message>
        <source>gallery photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image or link in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
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
    <name>openmayor::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>openmayor::PageEditor</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Alt text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile page shows the mayor&apos;s photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeActions</name>
    <message>
        <source>&amp;Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Pledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Pledges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Pledges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Reporting Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge files (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV, UTF-8 (*.csv);;CSV, CP949 for older Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pledge(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publish Reporting Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing freezes every pledge&apos;s rate and status as of the quarter&apos;s last day; later edits do not change it.

Period (YYYY-Qn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 (as of %2): average fulfilment %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pledge &amp;Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Pledge Card as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pledge card first (Promises to citizens ▸ Pledge status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Pledge Card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeCardEditor</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Million KRW. Totals and subtotals are derived from the cells and cannot be edited; hover over them for the formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a quarter before or after a task to extend it (Space on the keyboard); untick its first or last quarter to shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pledge to see its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pledge is open for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeCardReport</name>
    <message>
        <source>Pledge card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required budget (million KRW)</source>
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
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
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
        <source>Progress status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule by year and quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year heading of the quarter grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter heading of the quarter grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment plan by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unit: million KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment after term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
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
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate %1% (executed %2 of %3 planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress record (%1 ~ present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators: the pledge has no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge fulfilment rate (mean of the indicators&apos; rates)</source>
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
        <source>%1 head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeChartsPage</name>
    <message>
        <source>Indicator shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeEdits</name>
    <message>
        <source>A pledge code has three numbers, like 7-1-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pledge needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pledge title has at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule task needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule task runs from one quarter to the same or a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress date is a month (2024-03) or a day (2024-03-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress range ends on or after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reduction indicator needs a baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeHeaderPage</name>
    <message>
        <source>Change the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the policy goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the card header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the executing bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change new/continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the required budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the basis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion &amp;timing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or continuing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> million KRW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgePlanPage</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the plan</source>
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
        <source>Loading the pledges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within and after term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code or title (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeTablePage</name>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
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
    <message>
        <source>Mean of the rates of the pledge&apos;s indicators, as of its basis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate: the pledge has no indicator that can be rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated in the current quarter: check the card before the figures are published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PortalConnection</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal database or user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the portal database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PortalEndpoint</name>
    <message>
        <source>The portal address must look like postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the portal address; use the keychain or OPENMAYOR_PORTAL_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address needs a user, a host and a database: postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode in the portal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the portal: the system keychain cannot be read here; set OPENMAYOR_PORTAL_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the portal: save it in the connection settings (system keychain) or set OPENMAYOR_PORTAL_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PortalSchema</name>
    <message>
        <source>The portal was set up by a newer version of OpenMayor Studio; update this program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal migration is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the portal database failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal database has no OpenMayor schema; run &quot;openmayor-cli portal init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal database is older than this program; run &quot;openmayor-cli portal init&quot; to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PortalSettingsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal Connection Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in the keychain; type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server, the database and the user of the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to keep the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PressReleaseEditor</name>
    <message>
        <source>release number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embargo until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release cannot be published before this time. Choose the earliest date to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove an attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PreviewDialog</name>
    <message>
        <source>Preview on the portal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out like the portal&apos;s template (resources/preview) without a browser engine: check the final page on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge book is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ProgressListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change progress record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress record needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress range ends on or after its start (%1 is after %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change progress date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress range ends on or after its start (%1 is before %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove end of progress range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change progress end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add progress record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n progress record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder progress records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::PublishFindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a finding to go to its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask the selected personal data in the body (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask every personal data finding in the body (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-publish check: no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-publish check: %1 blocking, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ReportPdf</name>
    <message>
        <source>The page is too small for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>page number of page count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish drawing the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ReportingRepository</name>
    <message>
        <source>The period %1 has not been published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reporting period is written like 2024-Q1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 is published already; its snapshot stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ResponsivePreviewWidget</name>
    <message>
        <source>Portal preview at phone, tablet and PC widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone · %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet · %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC · %1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the selected revision as the newest one; undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted text is underlined and marked {+ +}; deleted text is struck through and marked [- -].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions yet: every save adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the first: all of it is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of revision %1 against revision %2: %3 characters inserted, %4 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::RichTextEditor</name>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a table with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected text (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a picture from a file, with its alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (the first row holds the headings):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ScheduleEdits</name>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event title has at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a valid start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An all-day event covers whole days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event lasts at most one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, category or department is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has at most 100,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ScheduleEventModel</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
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
</context>
<context>
    <name>openmayor::ScheduleRepository</name>
    <message>
        <source>Another event already has the iCalendar UID %1; “%2” was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule event with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule event with the UID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule event&apos;s id must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule event needs a valid start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An all-day event ends on a later day than it starts (the end is exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule event lies outside the years 1900 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ScheduleSectionWidget</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 view (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internal (hatched, not published)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overlapping</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to add, drag to move, Del to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the end of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all content (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add a word to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New items are already found, more slowly, until the index has taken them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SearchRepository</name>
    <message>
        <source>The number of search results must be at least 1.</source>
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
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SnsLinkEditor</name>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SpeechEditor</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. New Year&apos;s talk with citizens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::StatusDistributionModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SyncActions</name>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes to the portal and fetch the portal&apos;s (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal Connection Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal refused %n change(s): %1. Your edits are kept here; see Sync ▸ Conflicts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for the media store.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision: see Sync ▸ Conflicts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1 Your changes are kept and sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SyncConflicts</name>
    <message>
        <source>Conflict %1 has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict names an unknown table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a conflict of fields can be resolved field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a side for every conflicting field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SyncController</name>
    <message>
        <source>No portal is set up yet: enter its address in Tools ▸ Portal Connection Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SyncEngine</name>
    <message>
        <source>Reading the portal&apos;s schema failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal database is older than this program; run &quot;openmayor-cli portal init&quot; to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on the portal may not make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal already has an entry with the same code, number or identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the values of this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes to the portal failed; they stay queued and are sent again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered a push with the wrong number of results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the portal failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SyncSchema</name>
    <message>
        <source>The portal database is older than this program; run &quot;openmayor-cli portal init&quot; to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::SyncStatusWidget</name>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conflicts to decide which values to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the portal refused; your edits are kept here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::TaskScheduleModel</name>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 Q%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule task needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename schedule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change schedule note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task runs for at least one quarter; remove the task instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task runs over consecutive quarters: shorten it from its first or last quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change schedule of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add schedule task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n schedule task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove schedule task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n schedule task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder schedule tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::ThemeDialog</name>
    <message>
        <source>✓ passes (at least %1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ below %1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infographic theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (band, figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent (targets, highlights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast (WCAG 2, normal text needs 4.5:1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
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
<context>
    <name>openmayor::Workflow</name>
    <message>
        <source>Rework as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is under embargo until %1; it cannot be published before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 (%2) has no alt text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::WorkflowBar</name>
    <message>
        <source>%1: %2 → %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow moves recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this item: compare and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before publishing: alt text, tables, links and personal data (F7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::charts</name>
    <message>
        <source>Pledge fulfilment over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement indicator: target and actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: planned and executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (million KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 million KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n (%2%)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>openmayor::charts::ChartPanel</name>
    <message>
        <source>Figures of the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>openmayor::infographic</name>
    <message>
        <source>Pledge fulfilment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly fulfilment trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge budget execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 page (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Completion %1 · %n pledge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average fulfilment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1: %2 · now %3 (unpublished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A4 preset writes PDF only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image file ends in .png, .svg or .pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pledge fulfilment of %1 as of %2: average fulfilment rate %3, completion rate %4 over %n pledge(s) (%5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average pledge fulfilment rate by quarter: %1; now %2 (unpublished, as of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge budget as of %1: planned %2 million KRW, executed %3 million KRW, financing rate %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge %1 &quot;%2&quot; as of %3: fulfilment rate %4; %5 reached %6 of the final target %7 %8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
