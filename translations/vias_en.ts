<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>The demo simulator could not listen on 127.0.0.1; another program may block local ports.</source>
        <translation>The demo simulator could not listen on 127.0.0.1; another program may block local ports.</translation>
    </message>
    <message>
        <source>Demo (local simulator)</source>
        <translation>Demo (local simulator)</translation>
    </message>
    <message>
        <source>demo keys</source>
        <translation>demo keys</translation>
    </message>
    <message>
        <source>Demo, second project (local simulator)</source>
        <translation>Demo, second project (local simulator)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled. No file was written; start the export again to save the tasks.</source>
        <translation>The export was cancelled. No file was written; start the export again to save the tasks.</translation>
    </message>
    <message>
        <source>Writing the export failed (%1). The disk may be full or the location read-only; free some space or choose another folder, then export again.</source>
        <translation>Writing the export failed (%1). The disk may be full or the location read-only; free some space or choose another folder, then export again.</translation>
    </message>
    <message>
        <source>The export target is not open for writing. Choose the file again and retry.</source>
        <translation>The export target is not open for writing. Choose the file again and retry.</translation>
    </message>
    <message>
        <source>Could not create %1: the folder %2 does not exist. Choose an existing folder and export again.</source>
        <translation>Could not create %1: the folder %2 does not exist. Choose an existing folder and export again.</translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Check that you may write to this folder, or choose another one, and export again.</source>
        <translation>Could not create %1 (%2). Check that you may write to this folder, or choose another one, and export again.</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). The disk may be full or the file locked by another program; close it or free some space, then export again.</source>
        <translation>Could not save %1 (%2). The disk may be full or the file locked by another program; close it or free some space, then export again.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma, a semicolon or a tab. Choose one of these and export again.</source>
        <translation>The CSV delimiter must be a comma, a semicolon or a tab. Choose one of these and export again.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written (libxlsxwriter: %1). The temporary folder may be full or not writable; free some space, or export as CSV instead.</source>
        <translation>The spreadsheet could not be written (libxlsxwriter: %1). The temporary folder may be full or not writable; free some space, or export as CSV instead.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 tasks, but this export has %2. Filter the list to fewer tasks, or export as CSV or JSON, which have no row limit.</source>
        <translation>An Excel sheet holds at most %1 tasks, but this export has %2. Filter the list to fewer tasks, or export as CSV or JSON, which have no row limit.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns, but these tasks flatten to %2. Export the visible columns only, or export as CSV or JSON.</source>
        <translation>An Excel sheet holds at most %1 columns, but these tasks flatten to %2. Export the visible columns only, or export as CSV or JSON.</translation>
    </message>
    <message>
        <source>Could not create a temporary file for the spreadsheet (%1). Check that the temporary folder %2 exists and has free space, then export again.</source>
        <translation>Could not create a temporary file for the spreadsheet (%1). Check that the temporary folder %2 exists and has free space, then export again.</translation>
    </message>
    <message>
        <source>The finished spreadsheet could not be read back from the temporary folder (%1). Check the folder&apos;s permissions and export again.</source>
        <translation>The finished spreadsheet could not be read back from the temporary folder (%1). Check the folder&apos;s permissions and export again.</translation>
    </message>
</context>
<context>
    <name>FaceConfig</name>
    <message>
        <source>Smallest face</source>
        <translation>Smallest face</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Faces smaller than this are not detected; faces must be at least 90×90.</source>
        <translation>Faces smaller than this are not detected; faces must be at least 90×90.</translation>
    </message>
    <message>
        <source>Largest face</source>
        <translation>Largest face</translation>
    </message>
    <message>
        <source>Faces larger than this are not detected.</source>
        <translation>Faces larger than this are not detected.</translation>
    </message>
    <message>
        <source>Detection region</source>
        <translation>Detection region</translation>
    </message>
    <message>
        <source>Polygons and lines where faces are detected; the whole frame when absent.</source>
        <translation>Polygons and lines where faces are detected; the whole frame when absent.</translation>
    </message>
    <message>
        <source>Frames skipped</source>
        <translation>Frames skipped</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>frames</translation>
    </message>
    <message>
        <source>Frames skipped after each analysed frame; higher saves compute, may miss faces.</source>
        <translation>Frames skipped after each analysed frame; higher saves compute, may miss faces.</translation>
    </message>
    <message>
        <source>First send delay</source>
        <translation>First send delay</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Time from first seeing a face to sending it.</source>
        <translation>Time from first seeing a face to sending it.</translation>
    </message>
    <message>
        <source>Always send</source>
        <translation>Always send</translation>
    </message>
    <message>
        <source>Switch: 0 off, 1 on.</source>
        <translation>Switch: 0 off, 1 on.</translation>
    </message>
    <message>
        <source>Resend same person</source>
        <translation>Resend same person</translation>
    </message>
    <message>
        <source>Resend the same person&apos;s face: 0 off, 1 on.</source>
        <translation>Resend the same person&apos;s face: 0 off, 1 on.</translation>
    </message>
    <message>
        <source>Resend mode</source>
        <translation>Resend mode</translation>
    </message>
    <message>
        <source>PERIOD: the best face once per period; QUALITY_STEP: resend when quality grows by the step factor.</source>
        <translation>PERIOD: the best face once per period; QUALITY_STEP: resend when quality grows by the step factor.</translation>
    </message>
    <message>
        <source>Resend period</source>
        <translation>Resend period</translation>
    </message>
    <message>
        <source>Period for the PERIOD resend mode.</source>
        <translation>Period for the PERIOD resend mode.</translation>
    </message>
    <message>
        <source>Resend quality step</source>
        <translation>Resend quality step</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Quality factor for the QUALITY_STEP resend mode.</source>
        <translation>Quality factor for the QUALITY_STEP resend mode.</translation>
    </message>
    <message>
        <source>Send whole frame</source>
        <translation>Send whole frame</translation>
    </message>
    <message>
        <source>Send the whole frame with each face: 0 off, 1 on. Needed for OriginImage output.</source>
        <translation>Send the whole frame with each face: 0 off, 1 on. Needed for OriginImage output.</translation>
    </message>
    <message>
        <source>Frame JPEG quality</source>
        <translation>Frame JPEG quality</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>JPEG quality of the whole frame, 1 to 100.</source>
        <translation>JPEG quality of the whole frame, 1 to 100.</translation>
    </message>
    <message>
        <source>Days kept on edge</source>
        <translation>Days kept on edge</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Days files are kept on the edge node (localpath output).</source>
        <translation>Days files are kept on the edge node (localpath output).</translation>
    </message>
</context>
<context>
    <name>InputType</name>
    <message>
        <source>Edge camera</source>
        <translation>Edge camera</translation>
    </message>
    <message>
        <source>Video ingestion stream (VIS)</source>
        <translation>Video ingestion stream (VIS)</translation>
    </message>
    <message>
        <source>OBS file</source>
        <translation>OBS file</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edge RESTful source</source>
        <translation>Edge RESTful source</translation>
    </message>
    <message>
        <source>VCN device</source>
        <translation>VCN device</translation>
    </message>
    <message>
        <source>Video source</source>
        <translation>Video source</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>RoiView</name>
    <message>
        <source>%1 · type %2</source>
        <comment>line name, properties.type</comment>
        <translation>%1 · type %2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Points lie outside the %1 × %2 frame; the view grew to show them.</source>
        <translation>Points lie outside the %1 × %2 frame; the view grew to show them.</translation>
    </message>
    <message>
        <source>Whole frame (no target_roi)</source>
        <translation>Whole frame (no target_roi)</translation>
    </message>
    <message>
        <source>target_roi cannot be read; see the warnings</source>
        <translation>target_roi cannot be read; see the warnings</translation>
    </message>
</context>
<context>
    <name>TaskColumn</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation>Edge pool</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>TaskParser</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>The response is not JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The response is JSON but not a task object.</source>
        <translation>The response is JSON but not a task object.</translation>
    </message>
    <message>
        <source>The response is an HTML page, not JSON (%1). A proxy or gateway may have answered instead of VIAS.</source>
        <translation>The response is an HTML page, not JSON (%1). A proxy or gateway may have answered instead of VIAS.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1).</source>
        <translation>The response is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The response has no &quot;tasks&quot; list; it is not a task list.</source>
        <translation>The response has no &quot;tasks&quot; list; it is not a task list.</translation>
    </message>
    <message>
        <source>The response&apos;s &quot;tasks&quot; is not a list.</source>
        <translation>The response&apos;s &quot;tasks&quot; is not a list.</translation>
    </message>
    <message>
        <source>The response&apos;s &quot;count&quot; is not a whole number; the number of tasks on this page is used instead.</source>
        <translation>The response&apos;s &quot;count&quot; is not a whole number; the number of tasks on this page is used instead.</translation>
    </message>
    <message>
        <source>The response has no &quot;count&quot;; the number of tasks on this page is used instead.</source>
        <translation>The response has no &quot;count&quot;; the number of tasks on this page is used instead.</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Queued, no resources assigned yet.</source>
        <translation>Queued, no resources assigned yet.</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Recovering</translation>
    </message>
    <message>
        <source>Being restored.</source>
        <translation>Being restored.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Starting up.</source>
        <translation>Starting up.</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>Upgrading</translation>
    </message>
    <message>
        <source>Being upgraded.</source>
        <translation>Being upgraded.</translation>
    </message>
    <message>
        <source>Create failed</source>
        <translation>Create failed</translation>
    </message>
    <message>
        <source>Creation failed; check the task&apos;s error detail.</source>
        <translation>Creation failed; check the task&apos;s error detail.</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>Start failed</translation>
    </message>
    <message>
        <source>Start failed; check the edge node and the cameras.</source>
        <translation>Start failed; check the edge node and the cameras.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Running normally.</source>
        <translation>Running normally.</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stopping</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Stopping.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>Running abnormally; it may recover by itself.</source>
        <translation>Running abnormally; it may recover by itself.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Finished successfully.</source>
        <translation>Finished successfully.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>The run failed.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <source>Being deleted.</source>
        <translation>Being deleted.</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>Freezing</translation>
    </message>
    <message>
        <source>Being frozen because the account is in arrears.</source>
        <translation>Being frozen because the account is in arrears.</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Frozen; it can be restarted after the account is topped up.</source>
        <translation>Frozen; it can be restarted after the account is topped up.</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>Waiting to be scheduled onto resources.</source>
        <translation>Waiting to be scheduled onto resources.</translation>
    </message>
    <message>
        <source>Lack of resources</source>
        <translation>Lack of resources</translation>
    </message>
    <message>
        <source>Not enough resources to run; free or add capacity.</source>
        <translation>Not enough resources to run; free or add capacity.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>A state this console does not know; shown as the server sent it.</source>
        <translation>A state this console does not know; shown as the server sent it.</translation>
    </message>
</context>
<context>
    <name>TaskWarning</name>
    <message>
        <source>%1 is %2 pixels; faces must be at least 90×90, so use 90 or more.</source>
        <translation>%1 is %2 pixels; faces must be at least 90×90, so use 90 or more.</translation>
    </message>
    <message>
        <source>%1 is larger than detection_max_size (%2); no face can match.</source>
        <translation>%1 is larger than detection_max_size (%2); no face can match.</translation>
    </message>
    <message>
        <source>%1 is %2; the JPEG quality must be between 1 and 100.</source>
        <translation>%1 is %2; the JPEG quality must be between 1 and 100.</translation>
    </message>
    <message>
        <source>%1 is %2; a switch must be 0 (off) or 1 (on).</source>
        <translation>%1 is %2; a switch must be 0 (off) or 1 (on).</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; the documented modes are PERIOD and QUALITY_STEP.</source>
        <translation>%1 is &quot;%2&quot;; the documented modes are PERIOD and QUALITY_STEP.</translation>
    </message>
    <message>
        <source>%1 asks for OriginImage but origin_image_send_sw is 0, so whole frames are never sent.</source>
        <translation>%1 asks for OriginImage but origin_image_send_sw is 0, so whole frames are never sent.</translation>
    </message>
    <message>
        <source>%1 uses plain http://; events and face images travel unencrypted.</source>
        <translation>%1 uses plain http://; events and face images travel unencrypted.</translation>
    </message>
    <message>
        <source>%1 has %2 points; a polygon needs at least 3.</source>
        <translation>%1 has %2 points; a polygon needs at least 3.</translation>
    </message>
    <message>
        <source>%1 has %2 points; a line needs exactly 2.</source>
        <translation>%1 has %2 points; a line needs exactly 2.</translation>
    </message>
    <message>
        <source>%1: point %2 is not a pair of numbers [x, y]; it was skipped.</source>
        <translation>%1: point %2 is not a pair of numbers [x, y]; it was skipped.</translation>
    </message>
    <message>
        <source>%1: edges %2 cross; polygon edges must not cross.</source>
        <translation>%1: edges %2 cross; polygon edges must not cross.</translation>
    </message>
    <message>
        <source>%1: point %2 repeats the point before it.</source>
        <translation>%1: point %2 repeats the point before it.</translation>
    </message>
    <message>
        <source>%1: point (%2) lies outside the camera frame.</source>
        <translation>%1: point (%2) lies outside the camera frame.</translation>
    </message>
    <message>
        <source>%1 looks doubtful: %2</source>
        <translation>%1 looks doubtful: %2</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 is null.</source>
        <translation>%1 is null.</translation>
    </message>
    <message>
        <source>%1 has the wrong type (%2); it was ignored.</source>
        <translation>%1 has the wrong type (%2); it was ignored.</translation>
    </message>
    <message>
        <source>%1 was sent as %2; it was converted.</source>
        <translation>%1 was sent as %2; it was converted.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a documented state; it is shown as sent.</source>
        <translation>%1 &quot;%2&quot; is not a documented state; it is shown as sent.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a documented type; it is shown as sent.</source>
        <translation>%1 &quot;%2&quot; is not a documented type; it is shown as sent.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a UTC time like 2020-09-10T07:41:59Z.</source>
        <translation>%1 &quot;%2&quot; is not a UTC time like 2020-09-10T07:41:59Z.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the region is not shown.</source>
        <translation>%1 cannot be read (%2); the region is not shown.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; looks misspelt; it was read as &quot;%3&quot;.</source>
        <translation>%1: the key &quot;%2&quot; looks misspelt; it was read as &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 is too large (%2); the rest was not loaded.</source>
        <translation>%1 is too large (%2); the rest was not loaded.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); only the raw text is available.</source>
        <translation>%1 is not a JSON object (%2); only the raw text is available.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Huawei Cloud VIAS video analysis tasks.</source>
        <translation>Desktop console for Huawei Cloud VIAS video analysis tasks.</translation>
    </message>
    <message>
        <source>Start on the built-in demo: a local simulator, no cloud account.</source>
        <translation>Start on the built-in demo: a local simulator, no cloud account.</translation>
    </message>
    <message>
        <source>Number of demo tasks (default 5000).</source>
        <translation>Number of demo tasks (default 5000).</translation>
    </message>
    <message>
        <source>Start on two demo projects shown together in one table.</source>
        <translation>Start on two demo projects shown together in one table.</translation>
    </message>
</context>
<context>
    <name>vias-sim</name>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (default 0).</source>
        <translation>TCP port on 127.0.0.1; 0 picks a free one (default 0).</translation>
    </message>
    <message>
        <source>Number of generated tasks of the primary service (default 1000).</source>
        <translation>Number of generated tasks of the primary service (default 1000).</translation>
    </message>
    <message>
        <source>Seed of the deterministic data generator (default 1).</source>
        <translation>Seed of the deterministic data generator (default 1).</translation>
    </message>
    <message>
        <source>The &apos;now&apos; of the generated data, ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z (default: current time).</source>
        <translation>The &apos;now&apos; of the generated data, ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z (default: current time).</translation>
    </message>
    <message>
        <source>Generated tasks of every other service (default 20).</source>
        <translation>Generated tasks of every other service (default 20).</translation>
    </message>
    <message>
        <source>Serve this list response file ({&quot;count&quot;:..,&quot;tasks&quot;:[...]}) for the primary service instead of generated tasks.</source>
        <translation>Serve this list response file ({&quot;count&quot;:..,&quot;tasks&quot;:[...]}) for the primary service instead of generated tasks.</translation>
    </message>
    <message>
        <source>The project id in the URL (default 0605f8aa21b24fd6a8e5d91f3e70a001).</source>
        <translation>The project id in the URL (default 0605f8aa21b24fd6a8e5d91f3e70a001).</translation>
    </message>
    <message>
        <source>The project (region) name for IAM scopes (default cn-north-4).</source>
        <translation>The project (region) name for IAM scopes (default cn-north-4).</translation>
    </message>
    <message>
        <source>A service to serve; repeatable; the first is the primary one (default c-face-edge, c-vehicle-detection-cloud, c-fire-exit-occupation-cloud, c-safetysuitedetection-edge).</source>
        <translation>A service to serve; repeatable; the first is the primary one (default c-face-edge, c-vehicle-detection-cloud, c-fire-exit-occupation-cloud, c-safetysuitedetection-edge).</translation>
    </message>
    <message>
        <source>Auth on the task endpoints: none, token, aksk or any (default none).</source>
        <translation>Auth on the task endpoints: none, token, aksk or any (default none).</translation>
    </message>
    <message>
        <source>Access key accepted for AK/SK (default DEMOAKVIASCONSOLE000).</source>
        <translation>Access key accepted for AK/SK (default DEMOAKVIASCONSOLE000).</translation>
    </message>
    <message>
        <source>Secret key for AK/SK (default demo-secret-key-for-the-local-simulator).</source>
        <translation>Secret key for AK/SK (default demo-secret-key-for-the-local-simulator).</translation>
    </message>
    <message>
        <source>IAM user name (default demo).</source>
        <translation>IAM user name (default demo).</translation>
    </message>
    <message>
        <source>IAM password (default demo-password).</source>
        <translation>IAM password (default demo-password).</translation>
    </message>
    <message>
        <source>IAM account (domain) name (default demo).</source>
        <translation>IAM account (domain) name (default demo).</translation>
    </message>
    <message>
        <source>Lifetime of issued tokens in seconds (default 86400).</source>
        <translation>Lifetime of issued tokens in seconds (default 86400).</translation>
    </message>
    <message>
        <source>Largest X-Sdk-Date difference to the server clock, seconds (default 900).</source>
        <translation>Largest X-Sdk-Date difference to the server clock, seconds (default 900).</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds (default 0).</source>
        <translation>Delay every response by this many milliseconds (default 0).</translation>
    </message>
    <message>
        <source>Add a uniform random 0..MS to the delay (default 0).</source>
        <translation>Add a uniform random 0..MS to the delay (default 0).</translation>
    </message>
    <message>
        <source>Share of task requests (0..1) answered with --error-status (default 0).</source>
        <translation>Share of task requests (0..1) answered with --error-status (default 0).</translation>
    </message>
    <message>
        <source>Status for injected errors: 500, 502, 503, 429, ... (default 503).</source>
        <translation>Status for injected errors: 500, 502, 503, 429, ... (default 503).</translation>
    </message>
    <message>
        <source>Retry-After seconds on injected 429/503 (default 1).</source>
        <translation>Retry-After seconds on injected 429/503 (default 1).</translation>
    </message>
    <message>
        <source>The first N task requests fail with --error-status (default 0).</source>
        <translation>The first N task requests fail with --error-status (default 0).</translation>
    </message>
    <message>
        <source>Share of 200 responses cut short (Content-Length larger than sent, then close).</source>
        <translation>Share of 200 responses cut short (Content-Length larger than sent, then close).</translation>
    </message>
    <message>
        <source>Share of 200 responses with broken JSON (correct Content-Length).</source>
        <translation>Share of 200 responses with broken JSON (correct Content-Length).</translation>
    </message>
    <message>
        <source>Share of 200 responses whose connection is reset mid-body.</source>
        <translation>Share of 200 responses whose connection is reset mid-body.</translation>
    </message>
    <message>
        <source>Share of responses that claim 3 GB and stream filler (at most --oversized-max-mb) until the client hangs up.</source>
        <translation>Share of responses that claim 3 GB and stream filler (at most --oversized-max-mb) until the client hangs up.</translation>
    </message>
    <message>
        <source>Bound of the oversized stream in MiB (default 64).</source>
        <translation>Bound of the oversized stream in MiB (default 64).</translation>
    </message>
    <message>
        <source>Tasks created, deleted or changing state per minute (default 0).</source>
        <translation>Tasks created, deleted or changing state per minute (default 0).</translation>
    </message>
    <message>
        <source>Churn events before every list request (default 0).</source>
        <translation>Churn events before every list request (default 0).</translation>
    </message>
    <message>
        <source>--%1 wants an integer from %2 to %3, got &apos;%4&apos;.</source>
        <translation>--%1 wants an integer from %2 to %3, got &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>--%1 wants a number from 0 to %2, got &apos;%3&apos;.</source>
        <translation>--%1 wants a number from 0 to %2, got &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>A local simulator of the Huawei Cloud VIAS task list API on 127.0.0.1: task list and detail, IAM password login, token or AK/SK auth, and fault injection. See docs/SIMULATOR.md.</source>
        <translation>A local simulator of the Huawei Cloud VIAS task list API on 127.0.0.1: task list and detail, IAM password login, token or AK/SK auth, and fault injection. See docs/SIMULATOR.md.</translation>
    </message>
    <message>
        <source>Let faults hit POST /v3/auth/tokens too.</source>
        <translation>Let faults hit POST /v3/auth/tokens too.</translation>
    </message>
    <message>
        <source>Log every request (method, path, status) to stderr; never credentials.</source>
        <translation>Log every request (method, path, status) to stderr; never credentials.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>unexpected argument &apos;%1&apos;; see --help.</translation>
    </message>
    <message>
        <source>--reference-time wants an ISO 8601 time such as 2026-01-01T00:00:00Z.</source>
        <translation>--reference-time wants an ISO 8601 time such as 2026-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a task list response: %2.</source>
        <translation>%1 is not a task list response: %2.</translation>
    </message>
    <message>
        <source>--auth wants none, token, aksk or any.</source>
        <translation>--auth wants none, token, aksk or any.</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (in use? try --port 0).</source>
        <translation>cannot listen on 127.0.0.1:%1 (in use? try --port 0).</translation>
    </message>
</context>
<context>
    <name>vias::TaskTableModel</name>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>Unknown time</translation>
    </message>
    <message>
        <source>%1
%2 UTC
%3</source>
        <translation>%1
%2 UTC
%3</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Profile: %1
Project ID: %2
Region: %3</source>
        <translation>Profile: %1
Project ID: %2
Region: %3</translation>
    </message>
    <message>
        <source>(custom endpoint)</source>
        <translation>(custom endpoint)</translation>
    </message>
</context>
<context>
    <name>vias::api::AkSkAuthProvider</name>
    <message>
        <source>The access key (AK) or secret key (SK) is missing. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, fill in ~/.huaweicloud/credentials, or enter them in the profile.</source>
        <translation>The access key (AK) or secret key (SK) is missing. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, fill in ~/.huaweicloud/credentials, or enter them in the profile.</translation>
    </message>
    <message>
        <source>The access key (AK) or secret key (SK) is missing.</source>
        <translation>The access key (AK) or secret key (SK) is missing.</translation>
    </message>
    <message>
        <source>AK/SK (AK %1)</source>
        <translation>AK/SK (AK %1)</translation>
    </message>
</context>
<context>
    <name>vias::api::ApiClient</name>
    <message>
        <source>No valid endpoint is set. Enter the API address, for example https://vias.cn-north-4.myhuaweicloud.com.</source>
        <translation>No valid endpoint is set. Enter the API address, for example https://vias.cn-north-4.myhuaweicloud.com.</translation>
    </message>
    <message>
        <source>No project id is set. Enter the project id of the region (My Credentials &gt; API Credentials in the console), set HUAWEICLOUD_SDK_PROJECT_ID, or sign in with IAM so the token names it.</source>
        <translation>No project id is set. Enter the project id of the region (My Credentials &gt; API Credentials in the console), set HUAWEICLOUD_SDK_PROJECT_ID, or sign in with IAM so the token names it.</translation>
    </message>
    <message>
        <source>No task id was given.</source>
        <translation>No task id was given.</translation>
    </message>
</context>
<context>
    <name>vias::api::ApiError</name>
    <message>
        <source>the server rejected the request as invalid. Check the filters and the project id.</source>
        <translation>the server rejected the request as invalid. Check the filters and the project id.</translation>
    </message>
    <message>
        <source>the credentials were refused: the token may have expired or the AK/SK may be wrong. Sign in again or check the keys.</source>
        <translation>the credentials were refused: the token may have expired or the AK/SK may be wrong. Sign in again or check the keys.</translation>
    </message>
    <message>
        <source>access is forbidden for these credentials. Check that the service is subscribed and that your IAM user may list VIAS tasks.</source>
        <translation>access is forbidden for these credentials. Check that the service is subscribed and that your IAM user may list VIAS tasks.</translation>
    </message>
    <message>
        <source>the address was not found. Check the endpoint, the region, the project id and the service name.</source>
        <translation>the address was not found. Check the endpoint, the region, the project id and the service name.</translation>
    </message>
    <message>
        <source>the server or a gateway timed out. Try again in a moment.</source>
        <translation>the server or a gateway timed out. Try again in a moment.</translation>
    </message>
    <message>
        <source>too many requests: the API gateway is limiting the request rate. Wait a minute and try again, or lower the number of parallel page requests.</source>
        <translation>too many requests: the API gateway is limiting the request rate. Wait a minute and try again, or lower the number of parallel page requests.</translation>
    </message>
    <message>
        <source>the server had an internal error. Try again later; if it persists, contact support with the request id.</source>
        <translation>the server had an internal error. Try again later; if it persists, contact support with the request id.</translation>
    </message>
    <message>
        <source>the service or a gateway in front of it is unavailable. Try again in a few minutes.</source>
        <translation>the service or a gateway in front of it is unavailable. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>the server failed to answer the request. Try again later.</source>
        <translation>the server failed to answer the request. Try again later.</translation>
    </message>
    <message>
        <source>the server refused the request.</source>
        <translation>the server refused the request.</translation>
    </message>
    <message>
        <source>the token was refused, it may have expired. Sign in again.</source>
        <translation>the token was refused, it may have expired. Sign in again.</translation>
    </message>
    <message>
        <source>the project id is not valid for this account or region. Check the project id (My Credentials in the console) and the region of the endpoint.</source>
        <translation>the project id is not valid for this account or region. Check the project id (My Credentials in the console) and the region of the endpoint.</translation>
    </message>
    <message>
        <source>a request parameter was rejected. Check the filters (state, version, dates, paging) against what the server names in its message.</source>
        <translation>a request parameter was rejected. Check the filters (state, version, dates, paging) against what the server names in its message.</translation>
    </message>
    <message>
        <source>the resource or service was not found. Check the service name and, for one task, that it still exists.</source>
        <translation>the resource or service was not found. Check the service name and, for one task, that it still exists.</translation>
    </message>
    <message>
        <source>the service had an internal error. Try again in a moment.</source>
        <translation>the service had an internal error. Try again in a moment.</translation>
    </message>
    <message>
        <source>the service is not subscribed in this project. Subscribe to it in the console or pick the right project and region.</source>
        <translation>the service is not subscribed in this project. Subscribe to it in the console or pick the right project and region.</translation>
    </message>
    <message>
        <source>the operation is forbidden for this account. Ask the account administrator for access.</source>
        <translation>the operation is forbidden for this account. Ask the account administrator for access.</translation>
    </message>
    <message>
        <source>a service the API depends on is unavailable. Try again in a few minutes.</source>
        <translation>a service the API depends on is unavailable. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>the account is restricted (for example in arrears or frozen). Check the account status in the billing center.</source>
        <translation>the account is restricted (for example in arrears or frozen). Check the account status in the billing center.</translation>
    </message>
    <message>
        <source>an IAM policy denies this action to your user. Ask the administrator to grant VIAS read permissions.</source>
        <translation>an IAM policy denies this action to your user. Ask the administrator to grant VIAS read permissions.</translation>
    </message>
    <message>
        <source>the API gateway refused the credentials: the token may have expired or the AK/SK signature does not match (check the keys and the computer&apos;s clock). Sign in again or check the keys.</source>
        <translation>the API gateway refused the credentials: the token may have expired or the AK/SK signature does not match (check the keys and the computer&apos;s clock). Sign in again or check the keys.</translation>
    </message>
    <message>
        <source>the API gateway refused access for these credentials. Check the project id and the user&apos;s permissions.</source>
        <translation>the API gateway refused access for these credentials. Check the project id and the user&apos;s permissions.</translation>
    </message>
    <message>
        <source>the API gateway does not know this address. Check the endpoint, region and service name.</source>
        <translation>the API gateway does not know this address. Check the endpoint, region and service name.</translation>
    </message>
    <message>
        <source>the API gateway is limiting the request rate. Wait a minute and try again, or lower the number of parallel page requests.</source>
        <translation>the API gateway is limiting the request rate. Wait a minute and try again, or lower the number of parallel page requests.</translation>
    </message>
    <message>
        <source>the API gateway in front of the service refused the request. Check the endpoint and credentials, then try again.</source>
        <translation>the API gateway in front of the service refused the request. Check the endpoint and credentials, then try again.</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>no error</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>parse</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>size limit</source>
        <translation>size limit</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>The answer was not the API&apos;s JSON error body.</source>
        <translation>The answer was not the API&apos;s JSON error body.</translation>
    </message>
    <message>
        <source>The answer was a web page (&quot;%1&quot;), not the API&apos;s JSON error body.</source>
        <translation>The answer was a web page (&quot;%1&quot;), not the API&apos;s JSON error body.</translation>
    </message>
    <message>
        <source>%1 received or announced, limit %2.</source>
        <translation>%1 received or announced, limit %2.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the IAM sign-in was refused. Check the user name, the password and the account (domain) name.</source>
        <translation>the IAM sign-in was refused. Check the user name, the password and the account (domain) name.</translation>
    </message>
    <message>
        <source>the IAM sign-in request was not accepted. Check the project name (usually the region, e.g. cn-north-4) or project id, and the IAM endpoint.</source>
        <translation>the IAM sign-in request was not accepted. Check the project name (usually the region, e.g. cn-north-4) or project id, and the IAM endpoint.</translation>
    </message>
    <message>
        <source>IAM refused a token for this project. Check that the user may access the project and is not locked.</source>
        <translation>IAM refused a token for this project. Check that the user may access the project and is not locked.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Server message: %2</source>
        <translation>%1 Server message: %2</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the endpoint address, the network connection and the proxy settings, then try again.</source>
        <translation>The server could not be reached (%1). Check the endpoint address, the network connection and the proxy settings, then try again.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). The network or the server may be slow; try again, or raise the timeout in the network settings.</source>
        <translation>The server did not answer in time (%1). The network or the server may be slow; try again, or raise the timeout in the network settings.</translation>
    </message>
    <message>
        <source>The secure connection was refused (%1). The server&apos;s certificate is not trusted or does not match the host. If it uses a private certificate authority, add its CA file in the network settings; certificate checks stay on.</source>
        <translation>The secure connection was refused (%1). The server&apos;s certificate is not trusted or does not match the host. If it uses a private certificate authority, add its CA file in the network settings; certificate checks stay on.</translation>
    </message>
    <message>
        <source>The server answered, but not with the expected JSON (%1). Check that the endpoint is a VIAS API and not a proxy or login page.</source>
        <translation>The server answered, but not with the expected JSON (%1). Check that the endpoint is a VIAS API and not a proxy or login page.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The answer was too large and was stopped (%1). Narrow the filters, use paging, or raise the maximum response size in the network settings.</source>
        <translation>The answer was too large and was stopped (%1). Narrow the filters, use paging, or raise the maximum response size in the network settings.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (Tried %n more time(s).)</source>
        <translation>
            <numerusform>%1 (Tried %n more time.)</numerusform>
            <numerusform>%1 (Tried %n more times.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Request id: %2</source>
        <translation>%1 Request id: %2</translation>
    </message>
</context>
<context>
    <name>vias::api::Credentials</name>
    <message>
        <source>environment variables</source>
        <translation>environment variables</translation>
    </message>
    <message>
        <source>Line %1 of the credentials file %2 is not &quot;name = value&quot;.</source>
        <translation>Line %1 of the credentials file %2 is not &quot;name = value&quot;.</translation>
    </message>
    <message>
        <source>The credentials file %1 has no [basic] section. It should contain [basic] followed by ak = ..., sk = ... and project_id = ... lines.</source>
        <translation>The credentials file %1 has no [basic] section. It should contain [basic] followed by ak = ..., sk = ... and project_id = ... lines.</translation>
    </message>
    <message>
        <source>The [basic] section of the credentials file %1 lacks ak or sk. Add both keys, as created under My Credentials &gt; Access Keys.</source>
        <translation>The [basic] section of the credentials file %1 lacks ak or sk. Add both keys, as created under My Credentials &gt; Access Keys.</translation>
    </message>
    <message>
        <source>credentials file %1</source>
        <translation>credentials file %1</translation>
    </message>
    <message>
        <source>No credentials file at %1.</source>
        <translation>No credentials file at %1.</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read: %2. Check its permissions.</source>
        <translation>The credentials file %1 cannot be read: %2. Check its permissions.</translation>
    </message>
    <message>
        <source>No AK/SK credentials found: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set, and %1</source>
        <translation>No AK/SK credentials found: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set, and %1</translation>
    </message>
</context>
<context>
    <name>vias::api::HttpCall</name>
    <message>
        <source>The request URL is not valid.</source>
        <translation>The request URL is not valid.</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>the connection closed after %1 of %2 bytes</translation>
    </message>
</context>
<context>
    <name>vias::api::IamTokenProvider</name>
    <message>
        <source>The IAM user name or password is missing. Enter them in the profile.</source>
        <translation>The IAM user name or password is missing. Enter them in the profile.</translation>
    </message>
    <message>
        <source>The IAM answer has no X-Subject-Token header, so no token was issued. Check that the IAM endpoint is right.</source>
        <translation>The IAM answer has no X-Subject-Token header, so no token was issued. Check that the IAM endpoint is right.</translation>
    </message>
    <message>
        <source>Not signed in to IAM yet.</source>
        <translation>Not signed in to IAM yet.</translation>
    </message>
    <message>
        <source>IAM user %1</source>
        <translation>IAM user %1</translation>
    </message>
</context>
<context>
    <name>vias::api::NetworkSetup</name>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read. Check the path in the network settings.</source>
        <translation>The CA certificate file &quot;%1&quot; cannot be read. Check the path in the network settings.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; holds no PEM certificate. Export the certificate authority in PEM format (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>The CA certificate file &quot;%1&quot; holds no PEM certificate. Export the certificate authority in PEM format (text starting with -----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>vias::api::TaskPager</name>
    <message>
        <source>The number of parallel page requests must be at least 1.</source>
        <translation>The number of parallel page requests must be at least 1.</translation>
    </message>
    <message>
        <source>The number of matching tasks changed during loading (from %1 to %2): tasks were created or deleted meanwhile. Reload for an exact list.</source>
        <translation>The number of matching tasks changed during loading (from %1 to %2): tasks were created or deleted meanwhile. Reload for an exact list.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeated a task already loaded; each task is shown once.</source>
        <translation>
            <numerusform>%n row repeated a task already loaded; each task is shown once.</numerusform>
            <numerusform>%n rows repeated a task already loaded; each task is shown once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) counted by the server were not received; the list may be incomplete.</source>
        <translation>
            <numerusform>%n task counted by the server was not received; the list may be incomplete.</numerusform>
            <numerusform>%n tasks counted by the server were not received; the list may be incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server seems to treat &quot;offset&quot; as a page number rather than a record position (pages overlap or come back empty). The list is probably incomplete; report this server behaviour.</source>
        <translation>The server seems to treat &quot;offset&quot; as a page number rather than a record position (pages overlap or come back empty). The list is probably incomplete; report this server behaviour.</translation>
    </message>
    <message>
        <source>The API cannot page past record %1, so later tasks were not loaded. Narrow the filters (for example by state or creation time).</source>
        <translation>The API cannot page past record %1, so later tasks were not loaded. Narrow the filters (for example by state or creation time).</translation>
    </message>
    <message>
        <source>Loading stopped at the safety limit of %1 tasks (the server counts %2). Narrow the filters, or raise the limit in the settings.</source>
        <translation>Loading stopped at the safety limit of %1 tasks (the server counts %2). Narrow the filters, or raise the limit in the settings.</translation>
    </message>
</context>
<context>
    <name>vias::api::TaskQuery</name>
    <message>
        <source>The page size %1 is outside the range the API accepts (%2 to %3). Choose a page size from %2 to %3.</source>
        <translation>The page size %1 is outside the range the API accepts (%2 to %3). Choose a page size from %2 to %3.</translation>
    </message>
    <message>
        <source>The start position %1 is outside the range the API accepts (%2 to %3). To reach tasks further down, narrow the filters (for example by creation time) or reverse the sort order.</source>
        <translation>The start position %1 is outside the range the API accepts (%2 to %3). To reach tasks further down, narrow the filters (for example by creation time) or reverse the sort order.</translation>
    </message>
    <message>
        <source>The sort field &quot;%1&quot; is not one the API accepts (%2). Pick one of those.</source>
        <translation>The sort field &quot;%1&quot; is not one the API accepts (%2). Pick one of those.</translation>
    </message>
    <message>
        <source>The service version &quot;%1&quot; is not in the form the API accepts: major.minor with up to three digits each, for example 3.0.</source>
        <translation>The service version &quot;%1&quot; is not in the form the API accepts: major.minor with up to three digits each, for example 3.0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task state code. State codes are upper-case words such as RUNNING or START_FAILED.</source>
        <translation>&quot;%1&quot; is not a task state code. State codes are upper-case words such as RUNNING or START_FAILED.</translation>
    </message>
    <message>
        <source>The &quot;created since&quot; time is before 1970. Pick a later date.</source>
        <translation>The &quot;created since&quot; time is before 1970. Pick a later date.</translation>
    </message>
    <message>
        <source>The &quot;created until&quot; time is before 1970. Pick a later date.</source>
        <translation>The &quot;created until&quot; time is before 1970. Pick a later date.</translation>
    </message>
    <message>
        <source>The creation time range is empty: &quot;created since&quot; (%1) is after &quot;created until&quot; (%2). Swap or correct the dates.</source>
        <translation>The creation time range is empty: &quot;created since&quot; (%1) is after &quot;created until&quot; (%2). Swap or correct the dates.</translation>
    </message>
</context>
<context>
    <name>vias::api::TokenAuthProvider</name>
    <message>
        <source>No token is set. Paste a token, or choose AK/SK or IAM password sign-in.</source>
        <translation>No token is set. Paste a token, or choose AK/SK or IAM password sign-in.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>vias::app::ConsoleController</name>
    <message>
        <source>Connection profiles…</source>
        <translation>Connection profiles…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About VIAS Console</source>
        <translation>About VIAS Console</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>(unnamed profile)</translation>
    </message>
    <message>
        <source>Region %1, project %2</source>
        <translation>Region %1, project %2</translation>
    </message>
    <message>
        <source>Demo (local simulator)</source>
        <translation>Demo (local simulator)</translation>
    </message>
    <message>
        <source>A local simulator, no cloud account</source>
        <translation>A local simulator, no cloud account</translation>
    </message>
    <message>
        <source>Demo, second project (local simulator)</source>
        <translation>Demo, second project (local simulator)</translation>
    </message>
    <message>
        <source>A second local simulator with other tasks</source>
        <translation>A second local simulator with other tasks</translation>
    </message>
    <message>
        <source>None of the chosen projects could be opened.</source>
        <translation>None of the chosen projects could be opened.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen project(s) could not be opened and are not shown.</source>
        <translation>
            <numerusform>%n chosen project could not be opened and are not shown.</numerusform>
            <numerusform>%n chosen projects could not be opened and are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vias::ui::AboutDialog</name>
    <message>
        <source>VIAS Console %1
Qt %2 (built with %3)
QtKeychain %4
libxlsxwriter %5
Compiler: %6</source>
        <translation>VIAS Console %1
Qt %2 (built with %3)
QtKeychain %4
libxlsxwriter %5
Compiler: %6</translation>
    </message>
    <message>
        <source>About VIAS Console</source>
        <translation>About VIAS Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VIAS Console&lt;/h2&gt;&lt;p&gt;A desktop console for Huawei Cloud VIAS video analysis tasks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VIAS Console&lt;/h2&gt;&lt;p&gt;A desktop console for Huawei Cloud VIAS video analysis tasks.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Documentation: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Documentation: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>vias::ui::ChartsPane</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <source>Abnormal, failed, start or create failed, frozen, or lacking resources</source>
        <translation>Abnormal, failed, start or create failed, frozen, or lacking resources</translation>
    </message>
    <message>
        <source>Edge pools</source>
        <translation>Edge pools</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Distinct cameras read by the tasks shown</source>
        <translation>Distinct cameras read by the tasks shown</translation>
    </message>
    <message>
        <source>%1 camera inputs across the tasks</source>
        <translation>%1 camera inputs across the tasks</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
</context>
<context>
    <name>vias::ui::ConfigTab</name>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Default: %2.</translation>
    </message>
    <message>
        <source>unreadable or empty (see the ROI tab)</source>
        <translation>unreadable or empty (see the ROI tab)</translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n polygon</numerusform>
            <numerusform>%n polygons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>not set: whole frame</source>
        <translation>not set: whole frame</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>not set (default %1)</source>
        <translation>not set (default %1)</translation>
    </message>
    <message>
        <source>Not documented for face extraction; shown as sent.</source>
        <translation>Not documented for face extraction; shown as sent.</translation>
    </message>
    <message>
        <source>(section, see Raw JSON)</source>
        <translation>(section, see Raw JSON)</translation>
    </message>
</context>
<context>
    <name>vias::ui::ExportDialog</name>
    <message>
        <source>Export tasks</source>
        <translation>Export tasks</translation>
    </message>
    <message>
        <source>Selected rows (%1)</source>
        <translation>Selected rows (%1)</translation>
    </message>
    <message>
        <source>The filtered view, all pages, in the order shown (%1)</source>
        <translation>The filtered view, all pages, in the order shown (%1)</translation>
    </message>
    <message>
        <source>Every task on the server (loads all pages first)</source>
        <translation>Every task on the server (loads all pages first)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (spreadsheets)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>JSON (as the server sent it)</source>
        <translation>JSON (as the server sent it)</translation>
    </message>
    <message>
        <source>JSON Lines (one task per line)</source>
        <translation>JSON Lines (one task per line)</translation>
    </message>
    <message>
        <source>Excel: UTF-8 with BOM</source>
        <translation>Excel: UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Plain: RFC 4180, no BOM</source>
        <translation>Plain: RFC 4180, no BOM</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Semicolon (comma-decimal locales)</source>
        <translation>Semicolon (comma-decimal locales)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>The table&apos;s visible columns</source>
        <translation>The table&apos;s visible columns</translation>
    </message>
    <message>
        <source>All fields, flattened</source>
        <translation>All fields, flattened</translation>
    </message>
    <message>
        <source>Include secrets (webhook header values, camera credentials)</source>
        <translation>Include secrets (webhook header values, camera credentials)</translation>
    </message>
    <message>
        <source>Off: secrets are written as ***. Turn on only for a file you keep safe.</source>
        <translation>Off: secrets are written as ***. Turn on only for a file you keep safe.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV preset</source>
        <translation>CSV preset</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>The folder %1 does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Several projects are shown and every task of each is already loaded: export the filtered view instead.</source>
        <translation>Several projects are shown and every task of each is already loaded: export the filtered view instead.</translation>
    </message>
</context>
<context>
    <name>vias::ui::ExportRunner</name>
    <message>
        <source>Loading every task from the server…</source>
        <translation>Loading every task from the server…</translation>
    </message>
    <message>
        <source>Loading every task from the server: %1 of %2…</source>
        <translation>Loading every task from the server: %1 of %2…</translation>
    </message>
    <message>
        <source>Nothing was written: loading the tasks failed. %1</source>
        <translation>Nothing was written: loading the tasks failed. %1</translation>
    </message>
    <message>
        <source>Writing %1 tasks to %2…</source>
        <translation>Writing %1 tasks to %2…</translation>
    </message>
</context>
<context>
    <name>vias::ui::FilterBar</name>
    <message>
        <source>Name contains… (id:… for an ID)   Ctrl+F</source>
        <translation>Name contains… (id:… for an ID)   Ctrl+F</translation>
    </message>
    <message>
        <source>Filter by name, ID, camera, pool, creator…   Ctrl+F</source>
        <translation>Filter by name, ID, camera, pool, creator…   Ctrl+F</translation>
    </message>
    <message>
        <source>Sent to the server: the name contains this text; start with &quot;id:&quot; to match task IDs instead.</source>
        <translation>Sent to the server: the name contains this text; start with &quot;id:&quot; to match task IDs instead.</translation>
    </message>
    <message>
        <source>All words must appear in the name, ID, description, creator, edge pool or a camera ID. Esc clears.</source>
        <translation>All words must appear in the name, ID, description, creator, edge pool or a camera ID. Esc clears.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Created to</translation>
    </message>
    <message>
        <source>Created on or after this day (local time)</source>
        <translation>Created on or after this day (local time)</translation>
    </message>
    <message>
        <source>Created on or before this day (local time)</source>
        <translation>Created on or before this day (local time)</translation>
    </message>
    <message>
        <source>All edge pools</source>
        <translation>All edge pools</translation>
    </message>
    <message>
        <source>All inputs</source>
        <translation>All inputs</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <source>Only tasks with data problems or doubtful settings</source>
        <translation>Only tasks with data problems or doubtful settings</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Server: state, name, created · This page: pool, input, warnings</source>
        <translation>Server: state, name, created · This page: pool, input, warnings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by state (applied by the server; several states mean one request each)</source>
        <translation>Filter by state (applied by the server; several states mean one request each)</translation>
    </message>
    <message>
        <source>Filter by state; the counts follow the other filters</source>
        <translation>Filter by state; the counts follow the other filters</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Show the tasks of one project only</source>
        <translation>Show the tasks of one project only</translation>
    </message>
</context>
<context>
    <name>vias::ui::InputTab</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n source(s)</source>
        <translation>
            <numerusform>%1 (%2) · %n source</numerusform>
            <numerusform>%1 (%2) · %n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Stream type</source>
        <translation>Stream type</translation>
    </message>
    <message>
        <source>1 (main)</source>
        <translation>1 (main)</translation>
    </message>
    <message>
        <source>2 (sub 1)</source>
        <translation>2 (sub 1)</translation>
    </message>
    <message>
        <source>3 (sub 2)</source>
        <translation>3 (sub 2)</translation>
    </message>
    <message>
        <source>Video source</source>
        <translation>Video source</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>set (hidden)</translation>
    </message>
</context>
<context>
    <name>vias::ui::MainWindow</name>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>Exported %n task to %1.</numerusform>
            <numerusform>Exported %n tasks to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>VIAS Console</source>
        <translation>VIAS Console</translation>
    </message>
    <message>
        <source>%1 — VIAS Console</source>
        <translation>%1 — VIAS Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the tasks again (F5)</source>
        <translation>Load the tasks again (F5)</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>Filter tasks</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export tasks to CSV, XLSX or JSON (Ctrl+E)</source>
        <translation>Export tasks to CSV, XLSX or JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Load all</translation>
    </message>
    <message>
        <source>Server paging</source>
        <translation>Server paging</translation>
    </message>
    <message>
        <source>Load all: fetch every task, then filter, sort and page locally.
Server paging: fetch one page at a time; the server filters and sorts.</source>
        <translation>Load all: fetch every task, then filter, sort and page locally.
Server paging: fetch one page at a time; the server filters and sorts.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <source>⚠ %1 (unencrypted)</source>
        <translation>⚠ %1 (unencrypted)</translation>
    </message>
    <message>
        <source>This endpoint uses plain http: credentials and task data travel unencrypted. Use it only on a trusted network.</source>
        <translation>This endpoint uses plain http: credentials and task data travel unencrypted. Use it only on a trusted network.</translation>
    </message>
    <message>
        <source>Project %1, service %2</source>
        <translation>Project %1, service %2</translation>
    </message>
    <message>
        <source>Loading: page %1 of %2 · %3 of %4 tasks</source>
        <translation>Loading: page %1 of %2 · %3 of %4 tasks</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>The list may be incomplete or inexact: %1</source>
        <translation>The list may be incomplete or inexact: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) arrived with malformed fields; they are shown with a warning.</source>
        <translation>
            <numerusform>%n task arrived with malformed fields; it is shown with a warning.</numerusform>
            <numerusform>%n tasks arrived with malformed fields; they are shown with a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Show them</translation>
    </message>
    <message>
        <source>%1 The tasks shown may be incomplete.</source>
        <translation>%1 The tasks shown may be incomplete.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message numerus="yes">
        <source>(%n shown after the page filters)</source>
        <translation>
            <numerusform>(%n shown after the page filters)</numerusform>
            <numerusform>(%n shown after the page filters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server paging · %1 tasks on the server match</source>
        <translation>Server paging · %1 tasks on the server match</translation>
    </message>
    <message>
        <source>matching (%1 loaded)</source>
        <translation>matching (%1 loaded)</translation>
    </message>
    <message>
        <source>Load all · %1 tasks loaded</source>
        <translation>Load all · %1 tasks loaded</translation>
    </message>
    <message>
        <source>see the warning above</source>
        <translation>see the warning above</translation>
    </message>
    <message>
        <source>No tasks could be loaded. See the message above.</source>
        <translation>No tasks could be loaded. See the message above.</translation>
    </message>
    <message>
        <source>This project has no %1 tasks.</source>
        <translation>This project has no %1 tasks.</translation>
    </message>
    <message>
        <source>Not connected. Choose a profile or start the demo.</source>
        <translation>Not connected. Choose a profile or start the demo.</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>No task matches the filters.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>The filtered tasks at a glance; click a slice or bar to filter by it</source>
        <translation>The filtered tasks at a glance; click a slice or bar to filter by it</translation>
    </message>
    <message>
        <source>Several projects are shown: every task of each project is loaded, then filtered, sorted and paged here. Server paging cannot merge the pages of several projects.</source>
        <translation>Several projects are shown: every task of each project is loaded, then filtered, sorted and paged here. Server paging cannot merge the pages of several projects.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Several projects · Load all · %1 tasks loaded from %n project(s)</source>
        <translation>
            <numerusform>Several projects · Load all · %1 tasks loaded from %n project</numerusform>
            <numerusform>Several projects · Load all · %1 tasks loaded from %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) failed, see above</source>
        <translation>
            <numerusform>%n project failed, see above</numerusform>
            <numerusform>%n projects failed, see above</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these projects has tasks.</source>
        <translation>None of these projects has tasks.</translation>
    </message>
    <message>
        <source>%1: project %2, %3 (unencrypted)</source>
        <translation>%1: project %2, %3 (unencrypted)</translation>
    </message>
    <message>
        <source>%1: project %2, %3</source>
        <translation>%1: project %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) — VIAS Console</source>
        <translation>
            <numerusform>%n project — VIAS Console</numerusform>
            <numerusform>%n projects — VIAS Console</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vias::ui::MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>vias::ui::MultiLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading the tasks of %n project(s)…</source>
        <translation>
            <numerusform>Loading the tasks of %n project…</numerusform>
            <numerusform>Loading the tasks of %n projects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vias::ui::MultiProjectDialog</name>
    <message>
        <source>Several projects</source>
        <translation>Several projects</translation>
    </message>
    <message>
        <source>Choose the projects to show together in one table, with Project and Region columns. Every task of each project is loaded, then filtered, sorted and paged here: server paging cannot merge the pages of several projects.</source>
        <translation>Choose the projects to show together in one table, with Project and Region columns. Every task of each project is loaded, then filtered, sorted and paged here: server paging cannot merge the pages of several projects.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen.</source>
        <translation>
            <numerusform>%n project chosen.</numerusform>
            <numerusform>%n projects chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least two projects.</source>
        <translation>Check at least two projects.</translation>
    </message>
</context>
<context>
    <name>vias::ui::OutputTab</name>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;none&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hidden: header values may carry secrets such as tokens.</source>
        <translation>Hidden: header values may carry secrets such as tokens.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide this value</source>
        <translation>Show or hide this value</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>⚠ Plain http: events and face images travel unencrypted. Use https if the receiver supports it.</source>
        <translation>⚠ Plain http: events and face images travel unencrypted. Use https if the receiver supports it.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>DIS stream</source>
        <translation>DIS stream</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>OBS bucket</source>
        <translation>OBS bucket</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Local path on the edge node</source>
        <translation>Local path on the edge node</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Mount path</translation>
    </message>
    <message>
        <source>Hosting: results are kept by the service.</source>
        <translation>Hosting: results are kept by the service.</translation>
    </message>
    <message>
        <source>Other outputs not documented for this console: %1 (see Raw JSON).</source>
        <translation>Other outputs not documented for this console: %1 (see Raw JSON).</translation>
    </message>
    <message>
        <source>This task has no output.</source>
        <translation>This task has no output.</translation>
    </message>
</context>
<context>
    <name>vias::ui::OverviewTab</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (local) · %2 UTC · %3</source>
        <translation>%1 (local) · %2 UTC · %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Status detail</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service version</source>
        <translation>Service version</translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation>Edge pool</translation>
    </message>
    <message>
        <source>Resource order</source>
        <translation>Resource order</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n source(s)</source>
        <translation>
            <numerusform>%1 · %n source</numerusform>
            <numerusform>%1 · %n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>vias::ui::PagerBar</name>
    <message>
        <source>%1 / page</source>
        <translation>%1 / page</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Rows per page</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>No tasks</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>vias::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Load all, page locally</source>
        <translation>Load all, page locally</translation>
    </message>
    <message>
        <source>Server paging</source>
        <translation>Server paging</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation>Excel (UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>Plain RFC 4180 (UTF-8)</source>
        <translation>Plain RFC 4180 (UTF-8)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Mask secrets in views (webhook headers, passwords)</source>
        <translation>Mask secrets in views (webhook headers, passwords)</translation>
    </message>
    <message>
        <source>Store secrets in a local file when no keychain is available</source>
        <translation>Store secrets in a local file when no keychain is available</translation>
    </message>
    <message>
        <source>Warning: the file %1 is readable only by your user, but it is not encrypted. Anyone who can read your files (a backup, an administrator) can read your secret keys and passwords.</source>
        <translation>Warning: the file %1 is readable only by your user, but it is not encrypted. Anyone who can read your files (a backup, an administrator) can read your secret keys and passwords.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation>Rows per &amp;page:</translation>
    </message>
    <message>
        <source>Paging &amp;mode:</source>
        <translation>Paging &amp;mode:</translation>
    </message>
    <message>
        <source>Pages in &amp;flight:</source>
        <translation>Pages in &amp;flight:</translation>
    </message>
    <message>
        <source>Task &amp;cap for load all:</source>
        <translation>Task &amp;cap for load all:</translation>
    </message>
    <message>
        <source>&amp;CSV preset:</source>
        <translation>&amp;CSV preset:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
</context>
<context>
    <name>vias::ui::Profile</name>
    <message>
        <source>profile %1</source>
        <translation>profile %1</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>VIAS region endpoint (vias.{region})</source>
        <translation>VIAS region endpoint (vias.{region})</translation>
    </message>
    <message>
        <source>Older IVA endpoint (iva.{region})</source>
        <translation>Older IVA endpoint (iva.{region})</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Custom base URL</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Sign in to IAM with the user and password below and find the project of this region.</source>
        <translation>Sign in to IAM with the user and password below and find the project of this region.</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>&amp;Project id:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Access key (AK/SK)</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM user and password</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Access &amp;key id (AK):</source>
        <translation>Access &amp;key id (AK):</translation>
    </message>
    <message>
        <source>Se&amp;cret key (SK):</source>
        <translation>Se&amp;cret key (SK):</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM &amp;user:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>same as the user</source>
        <translation>same as the user</translation>
    </message>
    <message>
        <source>&amp;Account (domain):</source>
        <translation>&amp;Account (domain):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Import from environment / credentials file</source>
        <translation>&amp;Import from environment / credentials file</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>System proxy settings</translation>
    </message>
    <message>
        <source>From http_proxy / https_proxy</source>
        <translation>From http_proxy / https_proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy host and port:</source>
        <translation>Proxy host and port:</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Proxy user:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Proxy password:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Extra CA file (PEM):</source>
        <translation>Extra CA file (PEM):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Transfer timeout:</source>
        <translation>Transfer timeout:</translation>
    </message>
    <message>
        <source>Pages in flight:</source>
        <translation>Pages in flight:</translation>
    </message>
    <message>
        <source>Task cap for load all:</source>
        <translation>Task cap for load all:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Extra CA certificates</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Imported the access key %1 from %2.</source>
        <translation>Imported the access key %1 from %2.</translation>
    </message>
    <message>
        <source>Enter the IAM user and password first: the lookup signs in with them.</source>
        <translation>Enter the IAM user and password first: the lookup signs in with them.</translation>
    </message>
    <message>
        <source>Project id of %1: %2</source>
        <translation>Project id of %1: %2</translation>
    </message>
    <message>
        <source>Looking up the project id…</source>
        <translation>Looking up the project id…</translation>
    </message>
    <message>
        <source>The base URL is not valid. Enter a URL such as https://vias.cn-north-4.myhuaweicloud.com.</source>
        <translation>The base URL is not valid. Enter a URL such as https://vias.cn-north-4.myhuaweicloud.com.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected: %1 tasks in %2</source>
        <translation>Connected: %1 tasks in %2</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Delete profile…</translation>
    </message>
    <message>
        <source>Remove this profile and its stored secrets</source>
        <translation>Remove this profile and its stored secrets</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>(unnamed profile)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Delete the profile “%1”?</translation>
    </message>
    <message>
        <source>Its stored secrets (secret key, password or token) are removed from the keychain too. This cannot be undone.</source>
        <translation>Its stored secrets (secret key, password or token) are removed from the keychain too. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileManager</name>
    <message>
        <source>This profile no longer exists. Choose another one or add a profile.</source>
        <translation>This profile no longer exists. Choose another one or add a profile.</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileStore</name>
    <message>
        <source>No credentials were found in the environment or the credentials file. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create ~/.huaweicloud/credentials.</source>
        <translation>No credentials were found in the environment or the credentials file. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create ~/.huaweicloud/credentials.</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Imported (%1)</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileSwitcher</name>
    <message>
        <source>The project this window shows</source>
        <translation>The project this window shows</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>(unnamed profile)</translation>
    </message>
    <message>
        <source>Demo (local simulator)</source>
        <translation>Demo (local simulator)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Manage profiles…</translation>
    </message>
    <message>
        <source>Several projects…</source>
        <translation>Several projects…</translation>
    </message>
    <message>
        <source>Show the tasks of several profiles in one table</source>
        <translation>Show the tasks of several profiles in one table</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProjectLookup</name>
    <message>
        <source>IAM refused the sign-in: %1. Check the user name, password and account name.</source>
        <translation>IAM refused the sign-in: %1. Check the user name, password and account name.</translation>
    </message>
    <message>
        <source>IAM sign-in failed: %1. Check the IAM endpoint and the network.</source>
        <translation>IAM sign-in failed: %1. Check the IAM endpoint and the network.</translation>
    </message>
    <message>
        <source>IAM answered without a token (no X-Subject-Token header). Check the IAM endpoint.</source>
        <translation>IAM answered without a token (no X-Subject-Token header). Check the IAM endpoint.</translation>
    </message>
    <message>
        <source>Listing the projects failed: %1. The IAM user may lack permission to list projects; copy the project id from the console&apos;s My Credentials page instead.</source>
        <translation>Listing the projects failed: %1. The IAM user may lack permission to list projects; copy the project id from the console&apos;s My Credentials page instead.</translation>
    </message>
    <message>
        <source>No project named %1 was found for this account. Check the region, or copy the project id from the console&apos;s My Credentials page.</source>
        <translation>No project named %1 was found for this account. Check the region, or copy the project id from the console&apos;s My Credentials page.</translation>
    </message>
</context>
<context>
    <name>vias::ui::RawJsonTab</name>
    <message>
        <source>Reveal secrets</source>
        <translation>Reveal secrets</translation>
    </message>
    <message>
        <source>Find in JSON (Enter: next, Shift+Enter: previous)</source>
        <translation>Find in JSON (Enter: next, Shift+Enter: previous)</translation>
    </message>
    <message>
        <source>Show webhook header values and camera credentials as sent</source>
        <translation>Show webhook header values and camera credentials as sent</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the JSON as shown</source>
        <translation>Copy the JSON as shown</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vias::ui::RoiLegend</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Area (px²)</source>
        <translation>Area (px²)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>side 1: %1</source>
        <translation>side 1: %1</translation>
    </message>
    <message>
        <source>side 2: %1</source>
        <translation>side 2: %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>Whole frame (no target_roi)</source>
        <translation>Whole frame (no target_roi)</translation>
    </message>
    <message>
        <source>target_roi cannot be read; nothing is drawn.</source>
        <translation>target_roi cannot be read; nothing is drawn.</translation>
    </message>
    <message>
        <source>target_roi has no regions or lines.</source>
        <translation>target_roi has no regions or lines.</translation>
    </message>
    <message>
        <source>Regions: %1   Lines: %2</source>
        <translation>Regions: %1   Lines: %2</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>No warnings</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>No task selected.</source>
        <translation>No task selected.</translation>
    </message>
</context>
<context>
    <name>vias::ui::RoiTab</name>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>x %1, y %2 (outside the frame)</source>
        <translation>x %1, y %2 (outside the frame)</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>x –, y –</source>
        <translation>x –, y –</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Dropped picture shown for this session; only pictures opened from a file are remembered.</source>
        <translation>Dropped picture shown for this session; only pictures opened from a file are remembered.</translation>
    </message>
    <message>
        <source>target_roi as an escaped string</source>
        <translation>target_roi as an escaped string</translation>
    </message>
    <message>
        <source>target_roi as JSON</source>
        <translation>target_roi as JSON</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Frame:</translation>
    </message>
    <message>
        <source>The camera&apos;s resolution: target_roi points are in its pixels.</source>
        <translation>The camera&apos;s resolution: target_roi points are in its pixels.</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <comment>frame size</comment>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Frame width in pixels</source>
        <translation>Frame width in pixels</translation>
    </message>
    <message>
        <source>Frame height in pixels</source>
        <translation>Frame height in pixels</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the whole frame in the view (double-click the view)</source>
        <translation>Fit the whole frame in the view (double-click the view)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>One frame pixel per screen pixel</source>
        <translation>One frame pixel per screen pixel</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>A still of the camera under the regions: open a file, paste, or drop one on the view. Its path is remembered per camera.</source>
        <translation>A still of the camera under the regions: open a file, paste, or drop one on the view. Its path is remembered per camera.</translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation>Open picture…</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>Paste picture</translation>
    </message>
    <message>
        <source>Clear picture</source>
        <translation>Clear picture</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the background picture</source>
        <translation>Show or hide the background picture</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Background opacity</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>With background…</source>
        <translation>With background…</translation>
    </message>
    <message>
        <source>Overlay only…</source>
        <translation>Overlay only…</translation>
    </message>
    <message>
        <source>Copy target_roi</source>
        <translation>Copy target_roi</translation>
    </message>
    <message>
        <source>As the escaped string (API form)</source>
        <translation>As the escaped string (API form)</translation>
    </message>
    <message>
        <source>As raw JSON</source>
        <translation>As raw JSON</translation>
    </message>
    <message>
        <source>The background picture remembered for this camera (%1) is missing; it may have been moved. Open another picture.</source>
        <translation>The background picture remembered for this camera (%1) is missing; it may have been moved. Open another picture.</translation>
    </message>
    <message>
        <source>Could not open %1 as a picture (%2). Choose a PNG, JPEG or BMP file.</source>
        <translation>Could not open %1 as a picture (%2). Choose a PNG, JPEG or BMP file.</translation>
    </message>
    <message>
        <source>Background %1, remembered for camera %2.</source>
        <translation>Background %1, remembered for camera %2.</translation>
    </message>
    <message>
        <source>Background %1 shown; the task has no camera id, so it is not remembered.</source>
        <translation>Background %1 shown; the task has no camera id, so it is not remembered.</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and that you may write there, then export again.</source>
        <translation>Could not write %1. Check that the folder exists and that you may write there, then export again.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 × %3).</source>
        <translation>Exported %1 (%2 × %3).</translation>
    </message>
    <message>
        <source>Some points lie outside the %1 × %2 frame (the region spans %3,%4 to %5,%6). The view grew to show them: pick the camera&apos;s real resolution above, or fix the coordinates in target_roi.</source>
        <translation>Some points lie outside the %1 × %2 frame (the region spans %3,%4 to %5,%6). The view grew to show them: pick the camera&apos;s real resolution above, or fix the coordinates in target_roi.</translation>
    </message>
    <message>
        <source>Open a picture of the camera</source>
        <translation>Open a picture of the camera</translation>
    </message>
    <message>
        <source>Pasted picture shown for this session; only pictures opened from a file are remembered.</source>
        <translation>Pasted picture shown for this session; only pictures opened from a file are remembered.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy an image or an image file, then paste again.</source>
        <translation>The clipboard holds no picture. Copy an image or an image file, then paste again.</translation>
    </message>
    <message>
        <source>Background cleared.</source>
        <translation>Background cleared.</translation>
    </message>
    <message>
        <source>Export the ROI overlay as PNG</source>
        <translation>Export the ROI overlay as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Copied %1 to the clipboard.</translation>
    </message>
</context>
<context>
    <name>vias::ui::RoiView</name>
    <message>
        <source>Wheel or +/-: zoom around the cursor. Drag: pan. Double-click or 0: fit. 1: 100%. Click a shape to select it. Drop an image to use it as the background.</source>
        <translation>Wheel or +/-: zoom around the cursor. Drag: pan. Double-click or 0: fit. 1: 100%. Click a shape to select it. Drop an image to use it as the background.</translation>
    </message>
    <message>
        <source>%1, point %2 of %3: (%4, %5)</source>
        <comment>shape name, 0-based index, count, x, y</comment>
        <translation>%1, point %2 of %3: (%4, %5)</translation>
    </message>
</context>
<context>
    <name>vias::ui::SecretStore</name>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Secrets are kept in the system keychain.</translation>
    </message>
    <message>
        <source>Secrets are kept for this session only: you will be asked again after a restart.</source>
        <translation>Secrets are kept for this session only: you will be asked again after a restart.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets are kept for this session only; enable &quot;Store secrets in a local file&quot; in Preferences to keep them.</source>
        <translation>No system keychain is available (%1). Secrets are kept for this session only; enable &quot;Store secrets in a local file&quot; in Preferences to keep them.</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted in %1 (readable by your user only). Anyone with access to your account can read them.</source>
        <translation>Secrets are stored unencrypted in %1 (readable by your user only). Anyone with access to your account can read them.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2. Check its owner and permissions.</source>
        <translation>Cannot read the secrets file %1: %2. Check its owner and permissions.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Cannot write the secrets file %1: %2. Check the folder&apos;s permissions and free space.</translation>
    </message>
    <message>
        <source>The keychain refused to give the secrets: %1. Allow vias-console to use the keychain, or enter them again.</source>
        <translation>The keychain refused to give the secrets: %1. Allow vias-console to use the keychain, or enter them again.</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>the keychain did not answer</translation>
    </message>
    <message>
        <source>The keychain did not store the secrets: %1. They are kept for this session only.</source>
        <translation>The keychain did not store the secrets: %1. They are kept for this session only.</translation>
    </message>
    <message>
        <source>The keychain did not delete the secrets: %1.</source>
        <translation>The keychain did not delete the secrets: %1.</translation>
    </message>
</context>
<context>
    <name>vias::ui::SourceBanners</name>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n time(s).</source>
        <translation>
            <numerusform>Retried %n time.</numerusform>
            <numerusform>Retried %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Response: %1</translation>
    </message>
    <message>
        <source>Project “%1”: %2 Its tasks shown may be out of date; the other projects&apos; tasks are not affected.</source>
        <translation>Project “%1”: %2 Its tasks shown may be out of date; the other projects&apos; tasks are not affected.</translation>
    </message>
    <message>
        <source>Project “%1”: %2 The other projects&apos; tasks are shown without it.</source>
        <translation>Project “%1”: %2 The other projects&apos; tasks are shown without it.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>vias::ui::TaskDetailPane</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Service config</source>
        <translation>Service config</translation>
    </message>
    <message>
        <source>Detection region</source>
        <translation>Detection region</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
</context>
<context>
    <name>vias::ui::TaskLoader</name>
    <message>
        <source>Loading page %1…</source>
        <translation>Loading page %1…</translation>
    </message>
    <message>
        <source>Loading all tasks…</source>
        <translation>Loading all tasks…</translation>
    </message>
</context>
<context>
    <name>vias::ui::TaskView</name>
    <message>
        <source>Copy ID</source>
        <translation>Copy ID</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copy name</translation>
    </message>
    <message>
        <source>Copy JSON (secrets masked)</source>
        <translation>Copy JSON (secrets masked)</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Copy selected rows</translation>
    </message>
</context>
<context>
    <name>vias::ui::WelcomePage</name>
    <message>
        <source>Welcome to VIAS Console</source>
        <translation>Welcome to VIAS Console</translation>
    </message>
    <message>
        <source>VIAS Console lists, filters, charts and exports the video analysis tasks of a Huawei Cloud VIAS project, such as edge face extraction. Try it on the built-in demo, or add a profile with your project&apos;s endpoint and credentials.</source>
        <translation>VIAS Console lists, filters, charts and exports the video analysis tasks of a Huawei Cloud VIAS project, such as edge face extraction. Try it on the built-in demo, or add a profile with your project&apos;s endpoint and credentials.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Add a profile</source>
        <translation>&amp;Add a profile</translation>
    </message>
    <message>
        <source>&amp;Import from environment</source>
        <translation>&amp;Import from environment</translation>
    </message>
    <message>
        <source>Use HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK or ~/.huaweicloud/credentials</source>
        <translation>Use HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK or ~/.huaweicloud/credentials</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::ChartCard</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>Export this chart as an image</source>
        <translation>Export this chart as an image</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2. Check that the folder exists and is writable, or choose another location.</source>
        <translation>The chart could not be saved to %1: %2. Check that the folder exists and is writable, or choose another location.</translation>
    </message>
    <message>
        <source>the image could not be rendered</source>
        <translation>the image could not be rendered</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::HistogramChart</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n task(s) without it</source>
        <translation>
            <numerusform>%1 · %n task without it</numerusform>
            <numerusform>%1 · %n tasks without it</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the %1 px minimum</source>
        <translation>Below the %1 px minimum</translation>
    </message>
    <message>
        <source>Below the task&apos;s own minimum size</source>
        <translation>Below the task&apos;s own minimum size</translation>
    </message>
    <message>
        <source>Outside %1–%2</source>
        <translation>Outside %1–%2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>%n or more camera(s)</source>
        <translation>
            <numerusform>%n or more camera</numerusform>
            <numerusform>%n or more cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n camera</numerusform>
            <numerusform>%n cameras</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Cameras per task (%1 inputs, %2 distinct cameras)</source>
        <translation>Cameras per task (%1 inputs, %2 distinct cameras)</translation>
    </message>
    <message>
        <source>Smallest face, detection_min_size (min %1 px)</source>
        <translation>Smallest face, detection_min_size (min %1 px)</translation>
    </message>
    <message>
        <source>Largest face, detection_max_size (px)</source>
        <translation>Largest face, detection_max_size (px)</translation>
    </message>
    <message>
        <source>JPEG quality, image_compression_ratio (%1–%2 %, default %3)</source>
        <translation>JPEG quality, image_compression_ratio (%1–%2 %, default %3)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Within documented limits</source>
        <translation>Within documented limits</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Default (%1)</translation>
    </message>
    <message>
        <source>%1: %2 tasks (%3 of all)</source>
        <translation>%1: %2 tasks (%3 of all)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::PoolChart</name>
    <message numerus="yes">
        <source>Tasks per edge pool (%n pool(s))</source>
        <translation>
            <numerusform>Tasks per edge pool (%n pool)</numerusform>
            <numerusform>Tasks per edge pool (%n pools)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a pool</source>
        <translation>
            <numerusform>%n without a pool</numerusform>
            <numerusform>%n without a pool</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n pool(s))</source>
        <translation>
            <numerusform>Others (%n pool)</numerusform>
            <numerusform>Others (%n pools)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n other pool(s): %1 tasks (%2)</source>
        <translation>
            <numerusform>%n other pool: %1 tasks (%2)</numerusform>
            <numerusform>%n other pools: %1 tasks (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edge pool %1
%2 tasks (%3)
Click to show only this pool&apos;s tasks.</source>
        <translation>Edge pool %1
%2 tasks (%3)
Click to show only this pool&apos;s tasks.</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::StateChart</name>
    <message>
        <source>(no state)</source>
        <translation>(no state)</translation>
    </message>
    <message>
        <source>Tasks by state (%1)</source>
        <translation>Tasks by state (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 tasks, %5</source>
        <translation>%1 (%2): %3 of %4 tasks, %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Click to show only these tasks.</source>
        <translation>Click to show only these tasks.</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::TimelineChart</name>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Period of each bar. Auto picks days for up to 62 days, weeks for up to a year, months beyond.</source>
        <translation>Period of each bar. Auto picks days for up to 62 days, weeks for up to a year, months beyond.</translation>
    </message>
    <message>
        <source>Tasks created per %1</source>
        <translation>Tasks created per %1</translation>
    </message>
    <message numerus="yes">
        <source>%n without a creation time</source>
        <translation>
            <numerusform>%n without a creation time</numerusform>
            <numerusform>%n without a creation time</numerusform>
        </translation>
    </message>
    <message>
        <source>Other states</source>
        <translation>Other states</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 tasks created
Click to show only the tasks created then.</source>
        <translation>%1
%2: %3 of %4 tasks created
Click to show only the tasks created then.</translation>
    </message>
</context>
<context>
    <name>viasctl</name>
    <message>
        <source>viasctl: warning: %1
</source>
        <translation>viasctl: warning: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were cut to Excel&apos;s limit of 32,767 characters.</source>
        <translation>
            <numerusform>%n cell was cut to Excel&apos;s limit of 32,767 characters.</numerusform>
            <numerusform>%n cells were cut to Excel&apos;s limit of 32,767 characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: viasctl &lt;command&gt; [options]

List and export Huawei Cloud VIAS video analysis tasks.

Commands:
  tasks list     List tasks (all pages, or one with --offset/--limit) as a table,
                 CSV, JSON, JSON Lines or XLSX.
  tasks get ID   Show one task as JSON or a field table.

Options:
  -h, --help     Show this help. Each command has its own --help.
  -v, --version  Show the version.

Exit status: 0 ok, 2 usage, 3 authentication/permission refused, 4 other API
error, 5 network/timeout/TLS, 6 output not written. See docs/VIASCTL.md.
</source>
        <translation>Usage: viasctl &lt;command&gt; [options]

List and export Huawei Cloud VIAS video analysis tasks.

Commands:
  tasks list     List tasks (all pages, or one with --offset/--limit) as a table,
                 CSV, JSON, JSON Lines or XLSX.
  tasks get ID   Show one task as JSON or a field table.

Options:
  -h, --help     Show this help. Each command has its own --help.
  -v, --version  Show the version.

Exit status: 0 ok, 2 usage, 3 authentication/permission refused, 4 other API
error, 5 network/timeout/TLS, 6 output not written. See docs/VIASCTL.md.
</translation>
    </message>
    <message>
        <source>Usage: viasctl tasks &lt;list|get&gt; [options]

  list           List tasks. See: viasctl tasks list --help
  get TASK_ID    Show one task. See: viasctl tasks get --help
</source>
        <translation>Usage: viasctl tasks &lt;list|get&gt; [options]

  list           List tasks. See: viasctl tasks list --help
  get TASK_ID    Show one task. See: viasctl tasks get --help
</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.
</source>
        <translation>Try &apos;%1 --help&apos;.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: viasctl tasks list [options]</source>
        <translation>Usage: viasctl tasks list [options]</translation>
    </message>
    <message>
        <source>Usage: viasctl tasks get TASK_ID [options]</source>
        <translation>Usage: viasctl tasks get TASK_ID [options]</translation>
    </message>
    <message>
        <source>Unknown command &quot;tasks %1&quot;: use list or get.</source>
        <translation>Unknown command &quot;tasks %1&quot;: use list or get.</translation>
    </message>
    <message>
        <source>Hint: allow more time with --timeout SECONDS.
</source>
        <translation>Hint: allow more time with --timeout SECONDS.
</translation>
    </message>
    <message>
        <source>Hint: trust your CA certificate with --ca-file FILE.
</source>
        <translation>Hint: trust your CA certificate with --ca-file FILE.
</translation>
    </message>
    <message>
        <source>%1 is plain http: credentials and data travel unencrypted.</source>
        <translation>%1 is plain http: credentials and data travel unencrypted.</translation>
    </message>
    <message>
        <source>--sk puts the secret key into shell history and the process list; prefer HUAWEICLOUD_SDK_SK or ~/.huaweicloud/credentials.</source>
        <translation>--sk puts the secret key into shell history and the process list; prefer HUAWEICLOUD_SDK_SK or ~/.huaweicloud/credentials.</translation>
    </message>
    <message>
        <source>--ak needs a secret key: set HUAWEICLOUD_SDK_SK (or pass --sk).</source>
        <translation>--ak needs a secret key: set HUAWEICLOUD_SDK_SK (or pass --sk).</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>--token puts the token into shell history and the process list; prefer VIAS_AUTH_TOKEN.</source>
        <translation>--token puts the token into shell history and the process list; prefer VIAS_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Password sign-in needs a project scope: give --project-id (or HUAWEICLOUD_SDK_PROJECT_ID) or --region.</source>
        <translation>Password sign-in needs a project scope: give --project-id (or HUAWEICLOUD_SDK_PROJECT_ID) or --region.</translation>
    </message>
    <message>
        <source>No password for %1: set VIAS_PASSWORD, or run viasctl in a terminal to be asked for it.</source>
        <translation>No password for %1: set VIAS_PASSWORD, or run viasctl in a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>IAM password for %1: </source>
        <translation>IAM password for %1: </translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>No password was entered.</translation>
    </message>
    <message>
        <source>No credentials. Use AK/SK (HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or ~/.huaweicloud/credentials), a token (VIAS_AUTH_TOKEN) or --user with VIAS_PASSWORD. %1</source>
        <translation>No credentials. Use AK/SK (HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or ~/.huaweicloud/credentials), a token (VIAS_AUTH_TOKEN) or --user with VIAS_PASSWORD. %1</translation>
    </message>
    <message>
        <source>No project id: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID (or project_id in ~/.huaweicloud/credentials).</source>
        <translation>No project id: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID (or project_id in ~/.huaweicloud/credentials).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Write webhook header values and VCN credentials instead of ***.</source>
        <translation>Write webhook header values and VCN credentials instead of ***.</translation>
    </message>
    <message>
        <source>No progress and no plain-http notice on stderr (errors and data warnings still appear).</source>
        <translation>No progress and no plain-http notice on stderr (errors and data warnings still appear).</translation>
    </message>
    <message>
        <source>Fetch every page (the default).</source>
        <translation>Fetch every page (the default).</translation>
    </message>
    <message>
        <source>The id of the task to show.</source>
        <translation>The id of the task to show.</translation>
    </message>
    <message>
        <source>No endpoint: give --region (e.g. cn-north-4) or --endpoint URL.</source>
        <translation>No endpoint: give --region (e.g. cn-north-4) or --endpoint URL.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an http(s) URL such as https://host[:port].</source>
        <translation>--%1 &quot;%2&quot; is not an http(s) URL such as https://host[:port].</translation>
    </message>
    <message>
        <source>Choose one way to authenticate: --ak/--sk, --token or --user.</source>
        <translation>Choose one way to authenticate: --ak/--sk, --token or --user.</translation>
    </message>
    <message>
        <source>--sk needs --ak.</source>
        <translation>--sk needs --ak.</translation>
    </message>
    <message>
        <source>--domain needs --user.</source>
        <translation>--domain needs --user.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use ISO 8601 (2026-01-31, 2026-01-31T08:00:00, 2026-01-31T08:00:00+08:00; no zone means UTC) or epoch milliseconds.</source>
        <translation>--%1 &quot;%2&quot; is not a time: use ISO 8601 (2026-01-31, 2026-01-31T08:00:00, 2026-01-31T08:00:00+08:00; no zone means UTC) or epoch milliseconds.</translation>
    </message>
    <message>
        <source>--order &quot;%1&quot; is not valid: use name, created_at or updated_at, optionally with :ASC or :DESC.</source>
        <translation>--order &quot;%1&quot; is not valid: use name, created_at or updated_at, optionally with :ASC or :DESC.</translation>
    </message>
    <message>
        <source>--all fetches every page; it cannot be combined with --offset/--limit.</source>
        <translation>--all fetches every page; it cannot be combined with --offset/--limit.</translation>
    </message>
    <message>
        <source>--output &quot;%1&quot; is not one of table, csv, json, jsonl, xlsx.</source>
        <translation>--output &quot;%1&quot; is not one of table, csv, json, jsonl, xlsx.</translation>
    </message>
    <message>
        <source>--output xlsx needs --file PATH: a workbook is not written to a terminal or pipe.</source>
        <translation>--output xlsx needs --file PATH: a workbook is not written to a terminal or pipe.</translation>
    </message>
    <message>
        <source>--csv-preset &quot;%1&quot; is not excel or plain.</source>
        <translation>--csv-preset &quot;%1&quot; is not excel or plain.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Valid columns: %2.</source>
        <translation>Unknown column &quot;%1&quot;. Valid columns: %2.</translation>
    </message>
    <message>
        <source>--columns is empty. Valid columns: %1.</source>
        <translation>--columns is empty. Valid columns: %1.</translation>
    </message>
    <message>
        <source>Give the task id: viasctl tasks get TASK_ID.</source>
        <translation>Give the task id: viasctl tasks get TASK_ID.</translation>
    </message>
    <message>
        <source>Give exactly one task id.</source>
        <translation>Give exactly one task id.</translation>
    </message>
    <message>
        <source>--output &quot;%1&quot; is not json or table.</source>
        <translation>--output &quot;%1&quot; is not json or table.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>Could not write to standard output: %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and is writable.</source>
        <translation>Could not write %1: %2. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Loading tasks: %1 of %2 (page %3 of %4)</source>
        <translation>Loading tasks: %1 of %2 (page %3 of %4)</translation>
    </message>
</context>
</TS>
