namespace CatalogTools.Core.Diagnostics;

public static partial class Messages
{
    /// <summary>English, with --lang en. Same ids and placeholders as the other table (MessageTableTests).</summary>
    public static class En
    {
        public static IReadOnlyDictionary<string, string> Table { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Rules: CATxxxx.title / .message / .fix (docs/architecture.md, "How to add a rule and its messages").
            // CAT0001 YAML syntax error
            { "CAT0001.title", "YAML syntax error" },
            { "CAT0001.message", "YAML syntax error: {detail}" },
            { "CAT0001.fix", "check this line's indentation (spaces only, no tabs), the space after each colon and that quotes are paired" },
            // CAT0002 Duplicate key
            { "CAT0002.title", "Duplicate key" },
            { "CAT0002.message", "key '{key}' appears twice in the same mapping (first at line {firstLine})" },
            { "CAT0002.fix", "delete or merge the duplicate so the key appears once" },
            // CAT0003 File is not UTF-8
            { "CAT0003.title", "File is not UTF-8" },
            { "CAT0003.message", "file is not UTF-8 (first invalid byte 0x{byte}{guess})" },
            { "CAT0003.fix", "save the file as UTF-8 without BOM, e.g. iconv -f GBK -t UTF-8" },
            // CAT0004 Schema violation
            { "CAT0004.title", "Schema violation" },
            { "CAT0004.message", "'{path}' does not match {schema}: {detail}" },
            { "CAT0004.fix", "change the field as schemas/{schema} requires (the VS Code YAML extension offers completion)" },
            // CAT0005 Unknown file kind
            { "CAT0005.title", "Unknown file kind" },
            { "CAT0005.message", "this file's kind is unknown, so it was not checked" },
            { "CAT0005.fix", "put standard items under standards/, implementations under implementations/<region>/, registries under registries/" },
            // CAT0006 File name does not match code
            { "CAT0006.title", "File name does not match code" },
            { "CAT0006.message", "the file should be named '{expected}' after the code it holds" },
            { "CAT0006.fix", "rename the file to {expected}" },
            // CAT0007 Unknown region
            { "CAT0007.title", "Unknown region" },
            { "CAT0007.message", "region code '{region}' is not in registries/regions.yaml" },
            { "CAT0007.fix", "use a registered region code, or register the region in registries/regions.yaml first" },
            // CAT0008 Unknown agency
            { "CAT0008.title", "Unknown agency" },
            { "CAT0008.message", "agency '{agency}' is not in registries/agencies.yaml" },
            { "CAT0008.fix", "use the credit code of a registered agency, or register the agency first" },
            // CAT0009 Unknown law
            { "CAT0009.title", "Unknown law" },
            { "CAT0009.message", "basis '{law}' is not in registries/laws.yaml" },
            { "CAT0009.fix", "use the law's full title as registered, or register it with its document number first" },
            // CAT0010 Unknown standard item
            { "CAT0010.title", "Unknown standard item" },
            { "CAT0010.message", "standard item '{standard}' does not exist (no such basic code under standards/)" },
            { "CAT0010.fix", "set standard to a basic code that exists under standards/" },
            // CAT0011 Unknown e-licence
            { "CAT0011.title", "Unknown e-licence" },
            { "CAT0011.message", "material '{material}' refers to e-licence '{licence}', which is not in registries/e-licences.yaml" },
            { "CAT0011.fix", "use a code from the e-licence catalog" },
            // CAT0012 Malformed region code
            { "CAT0012.title", "Malformed region code" },
            { "CAT0012.message", "region code '{code}' is malformed: it must be 6 digits (GB/T 2260) or a 12-digit statistical code" },
            { "CAT0012.fix", "write it as GB/T 2260 digits, e.g. 230125 or 230125100000, quoted" },
            // CAT0013 Malformed credit code
            { "CAT0013.title", "Malformed credit code" },
            { "CAT0013.message", "unified social credit code '{code}' {detail}" },
            { "CAT0013.fix", "check the agency's credit code against its registration certificate" },
            // CAT0014 Malformed basic code
            { "CAT0014.title", "Malformed basic code" },
            { "CAT0014.message", "basic code '{code}' {detail}" },
            { "CAT0014.fix", "follow schemas/code-scheme.json: type code + 5-digit main item + 3-digit sub item" },
            // CAT0015 Implementation code does not match its parts
            { "CAT0015.title", "Implementation code does not match its parts" },
            { "CAT0015.message", "implementation code '{code}' should be '{expected}' (basic-region-agency)" },
            { "CAT0015.fix", "build the code from basic, region and agency codes as schemas/code-scheme.json says, and rename the file" },
            // CAT0016 Duplicate code
            { "CAT0016.title", "Duplicate code" },
            { "CAT0016.message", "code '{code}' is used twice: already at {first}" },
            { "CAT0016.fix", "a code belongs to one entry and is never reused: assign a new code or delete the duplicate" },
            // CAT0017 Region level or parent contradicts its code
            { "CAT0017.title", "Region level or parent contradicts its code" },
            { "CAT0017.message", "region '{code}' {detail}" },
            { "CAT0017.fix", "the code fixes level and parent: correct level and parent to match it" },
            // CAT0018 Invalid suppression
            { "CAT0018.title", "Invalid suppression" },
            { "CAT0018.message", "invalid suppression: {detail}" },
            { "CAT0018.fix", "write '# catalog-disable CAT00xx until 2027-06-30: reason' with a reason and a future date" },
            // CAT0019 Registry missing
            { "CAT0019.title", "Registry missing" },
            { "CAT0019.message", "registry {registry} is missing, so references cannot be checked" },
            { "CAT0019.fix", "add {registry} to the catalog" },
            // CAT0020 Not in canonical form
            { "CAT0020.title", "Not in canonical form" },
            { "CAT0020.message", "the file is not in canonical form: from line {line} it differs from what catalog fmt writes (expected '{expected}')" },
            { "CAT0020.fix", "run catalog fmt {file} and commit the rewritten file with the change" },
            // CAT0025 File exceeds a reading limit
            { "CAT0025.title", "File exceeds a reading limit" },
            { "CAT0025.message", "the file exceeds a reading limit and was not read: {detail}" },
            { "CAT0025.fix", "catalog files need no anchors and aliases (& and *), deep nesting or huge texts: remove the aliases, flatten the nesting, or split the oversized file (docs/security.md lists each limit)" },
            // CAT0030 Implementation diverges from its standard
            { "CAT0030.title", "Implementation diverges from its standard" },
            { "CAT0030.message", "{region}: {changes} (standard item {standard})" },
            { "CAT0030.fix", "delete these elements from the implementation so it inherits standard item {standard}; if the standard is wrong, ask its owner to change it" },
            // CAT0031 Divergence summary per standard item
            { "CAT0031.title", "Divergence summary per standard item" },
            { "CAT0031.message", "{count} of the {total} implementations of standard item {standard} '{name}' diverge from it: {where}" },
            { "CAT0031.fix", "fix each implementation (see CAT0030, CAT0032) so it matches the standard" },
            // CAT0032 Same code, different name
            { "CAT0032.title", "Same code, different name" },
            { "CAT0032.message", "{region}: the item is named '{name}', but standard item {standard} is named '{standardName}' (same code, different name)" },
            { "CAT0032.fix", "delete name from the implementation so it uses the standard name '{standardName}'" },
            // CAT0033 Same name, different code
            { "CAT0033.title", "Same name, different code" },
            { "CAT0033.message", "in {region} the name '{name}' belongs to both {first} and {code} (same name, different code)" },
            { "CAT0033.fix", "one item, one code: merge the two, or rename one so they differ" },
            // CAT0034 Asks for more than the standard
            { "CAT0034.title", "Asks for more than the standard" },
            { "CAT0034.message", "{detail}, beyond what standard item {standard} allows" },
            { "CAT0034.fix", "remove the excess (including disguised additions: more copies, a stricter form, optional made required, exemption dropped): no material, step, condition or fee beyond the standard guide" },
            // CAT0035 Standard retired, implementation still active
            { "CAT0035.title", "Standard retired, implementation still active" },
            { "CAT0035.message", "the implementation in {region} is still active, but standard item {standard} '{name}' was retired on {retiredOn}; it is no longer counted in reports nor published to any channel" },
            { "CAT0035.fix", "set this implementation's status to 已停用 with retiredOn; if a new standard item takes over, create an implementation of it" },
            // CAT0036 Standard changed under an implementation
            { "CAT0036.title", "Standard changed under an implementation" },
            { "CAT0036.message", "standard item {standard} changed in this change ({standardFile}); the unchanged implementation in {region} now differs from it: {changes}" },
            { "CAT0036.fix", "the standard's owner should review this change: if the new standard is right, tell the implementing office; if the implementation is right (say the standard gained a cancelled proof), fix the standard" },
            // CAT0040 Region level not allowed by the standard
            { "CAT0040.title", "Region level not allowed by the standard" },
            { "CAT0040.message", "{region} is at level {level}, but standard item {standard} may be implemented at {levels} only" },
            { "CAT0040.fix", "let a region at an allowed level implement it, or ask the standard's owner to change its levels" },
            // CAT0041 Agency belongs to another region
            { "CAT0041.title", "Agency belongs to another region" },
            { "CAT0041.message", "agency '{agency}' belongs to {agencyRegion}, not to the implementation's region {region}" },
            { "CAT0041.fix", "use an agency of {region}, or move the implementation to {agencyRegion}" },
            // CAT0045 Promised limit exceeds the statutory limit
            { "CAT0045.title", "Promised limit exceeds the statutory limit" },
            { "CAT0045.message", "the promised limit {promised} exceeds the statutory limit {statutory}" },
            { "CAT0045.fix", "promise no more than {statutory} (5 working days count as 7 calendar days)" },
            // CAT0046 Handling type contradicts the promised limit
            { "CAT0046.title", "Handling type contradicts the promised limit" },
            { "CAT0046.message", "the handling type is {type} but the promised limit is {promised}" },
            { "CAT0046.fix", "an 即办件 promises 0 days; an item promising more than 0 days is a 承诺件" },
            // CAT0047 Step limits add up to more than the promise
            { "CAT0047.title", "Step limits add up to more than the promise" },
            { "CAT0047.message", "the step limits add up to {sum}, more than the promised limit {promised}" },
            { "CAT0047.fix", "shorten the step limits to {promised} in total, or promise more (within the statutory limit)" },
            // CAT0048 Promised limit not cut enough
            { "CAT0048.title", "Promised limit not cut enough" },
            { "CAT0048.message", "the promised limit {promised} is {achieved} shorter than the statutory {statutory}, below the {target} target for {object} items" },
            { "CAT0048.fix", "promise at most {maximum}" },
            // CAT0050 Requires a cancelled proof
            { "CAT0050.title", "Requires a cancelled proof" },
            { "CAT0050.message", "material '{material}' is the cancelled proof '{proof}' ({document})" },
            { "CAT0050.fix", "delete it from the guide (marking it optional is not enough); verify the fact between departments or accept the applicant's written commitment" },
            // CAT0051 E-licence still required on paper
            { "CAT0051.title", "E-licence still required on paper" },
            { "CAT0051.message", "material '{material}' is available as e-licence '{licence}' ({licenceCode}) but is not marked exempt" },
            { "CAT0051.fix", "add licence: {licenceCode} and exempt: true so the office fetches the e-licence" },
            // CAT0052 Material lacks form, copies or signature/seal
            { "CAT0052.title", "Material lacks form, copies or signature/seal" },
            { "CAT0052.message", "material '{material}' does not state its {missing}" },
            { "CAT0052.fix", "give the material a form (原件, 复印件 or 电子), on paper copies, and signature or seal (true or false)" },
            // CAT0053 Material name close to a registry entry
            { "CAT0053.title", "Material name close to a registry entry" },
            { "CAT0053.message", "material '{material}' is close to '{entry}'{via} in the {registry}; it is not certain they are the same" },
            { "CAT0053.fix", "if it is the same: delete the cancelled proof, or give the e-licence its licence code and exempt: true, and add this spelling to the entry's aliases; if not, use a distinguishing name or suppress it with catalog-disable and a reason" },
            // CAT0055 Fee charged without legal basis
            { "CAT0055.title", "Fee charged without legal basis" },
            { "CAT0055.message", "fee '{fee}' is charged without a legal basis" },
            { "CAT0055.fix", "give the fee a basis (a registered law and article), or do not charge it (charged: false)" },
            // CAT0056 Fee standard on a free item
            { "CAT0056.title", "Fee standard on a free item" },
            { "CAT0056.message", "fee '{fee}' is marked free but states {what}" },
            { "CAT0056.fix", "when free, delete amount and standard; if it is charged, write charged: true with its basis" },
            // CAT0060 Legal basis missing
            { "CAT0060.title", "Legal basis missing" },
            { "CAT0060.message", "the item states no legal basis" },
            { "CAT0060.fix", "list the laws that establish the item under basis (full titles from registries/laws.yaml) with articles" },
            // CAT0061 Basis repealed
            { "CAT0061.title", "Basis repealed" },
            { "CAT0061.message", "the basis '{law}' has been repealed{repealed}" },
            { "CAT0061.fix", "cite the law in force instead; an item whose every basis is repealed should be withdrawn" },
            // CAT0065 Steps out of order
            { "CAT0065.title", "Steps out of order" },
            { "CAT0065.message", "step '{step}' {detail}" },
            { "CAT0065.fix", "list steps in the standard order (咨询, 预审, 申请, 受理, 审查, 决定, 决定公开, 证件制作与送达, 收费) with increasing order numbers" },
            // CAT0070 Visits contradict online depth
            { "CAT0070.title", "Visits contradict online depth" },
            { "CAT0070.message", "online depth {depth} allows at most {maximum} visits, but {visits} are required" },
            { "CAT0070.fix", "reduce visits to {maximum}, or state the depth truthfully" },
            // CAT0071 Online depth without an online channel
            { "CAT0071.title", "Online depth without an online channel" },
            { "CAT0071.message", "online depth {depth} but no online channel is offered" },
            { "CAT0071.fix", "add 网上办事大厅, 政务服务移动端 or 第三方平台 to channels" },
            // CAT0072 Guide element missing
            { "CAT0072.title", "Guide element missing" },
            { "CAT0072.message", "the guide lacks its {element}" },
            { "CAT0072.fix", "fill in the {element}" },
            // CAT0073 Malformed phone number
            { "CAT0073.title", "Malformed phone number" },
            { "CAT0073.message", "{contact} phone '{phone}' is malformed" },
            { "CAT0073.fix", "write a landline with area code (0451-52003114), a mobile (13812345678) or a hotline (12345, 95xxx, 400-xxx-xxxx), one number each" },
            // CAT0074 Malformed e-mail address
            { "CAT0074.title", "Malformed e-mail address" },
            { "CAT0074.message", "{contact} e-mail '{email}' is malformed" },
            { "CAT0074.fix", "write an address like name@example.gov.cn, or delete email" },
            // CAT0075 One-thing bundle member missing or retired
            { "CAT0075.title", "One-thing bundle member missing or retired" },
            { "CAT0075.message", "member {member} of the one-thing bundle '{bundle}' {problem}" },
            { "CAT0075.fix", "use the code of an active implementation, or remove the member and adjust the combined materials and limit" },
            // CAT0076 One-thing bundle limit longer than its members'
            { "CAT0076.title", "One-thing bundle limit longer than its members'" },
            { "CAT0076.message", "the one-thing bundle '{bundle}' promises {limit}, longer than its members' promised limits together ({bound})" },
            { "CAT0076.fix", "shorten promisedLimit to at most {bound}" },
            // CAT0077 One-thing bundle needs more visits than its members
            { "CAT0077.title", "One-thing bundle needs more visits than its members" },
            { "CAT0077.message", "the one-thing bundle '{bundle}' needs {visits} visits, more than its most demanding member ({bound})" },
            { "CAT0077.fix", "reduce visits to at most {bound}" },
            // CAT0078 One-thing bundle asks for a material twice
            { "CAT0078.title", "One-thing bundle asks for a material twice" },
            { "CAT0078.message", "the one-thing bundle '{bundle}' asks again for '{material}' (item {first} already asks for '{firstName}')" },
            { "CAT0078.fix", "delete the repeated material: the combined list asks for each material once" },
            // CAT0079 Unknown intermediary service
            { "CAT0079.title", "Unknown intermediary service" },
            { "CAT0079.message", "intermediary service '{code}' is not in registries/intermediary-services.yaml" },
            { "CAT0079.fix", "use a code from the intermediary-service list, or register the service with its limit, fee and basis first" },
            // CAT0080 Assisted application without a contact
            { "CAT0080.title", "Assisted application without a contact" },
            { "CAT0080.message", "assisted application (bangban daiban) is offered without a contact phone" },
            { "CAT0080.fix", "add assistance.hotline (e.g. 0451-57912345)" },
            // CAT0081 No assisted application
            { "CAT0081.title", "No assisted application" },
            { "CAT0081.message", "the implementation {state} assisted application (bangban daiban)" },
            { "CAT0081.fix", "publish assistance with offered: true and a contact phone: it should cover every item" },
            // CAT0082 Commitment condition not among the conditions
            { "CAT0082.title", "Commitment condition not among the conditions" },
            { "CAT0082.message", "the commitment condition '{condition}' is not one of the item's conditions" },
            { "CAT0082.fix", "copy the condition as written in conditions, or add it to conditions first" },
            // CAT0090 Form lacks blank form, sample or fill-in notes
            { "CAT0090.title", "Form lacks blank form, sample or fill-in notes" },
            { "CAT0090.message", "form '{material}' has no {missing}" },
            { "CAT0090.fix", "give the form blankForm (file name or link of the blank form), sample (a filled sample) and fillNotes (how to fill it in)" },
            // CAT0091 Guide lacks conditions or notes
            { "CAT0091.title", "Guide lacks conditions or notes" },
            { "CAT0091.message", "the guide does not state its {element}" },
            { "CAT0091.fix", "write at least one entry of {element} under {key}" },
            // CAT0092 Consultation or complaint e-mail missing
            { "CAT0092.title", "Consultation or complaint e-mail missing" },
            { "CAT0092.message", "the {contact} contact has no e-mail" },
            { "CAT0092.fix", "add email under {key} (like name@example.gov.cn)" },
            // CAT0093 Step without a time limit
            { "CAT0093.title", "Step without a time limit" },
            { "CAT0093.message", "step '{step}' does not state its time limit" },
            { "CAT0093.fix", "give the step a limit (days and unit; 0 days when done on the spot)" },
            // CAT0100 catalog.lock missing
            { "CAT0100.title", "catalog.lock missing" },
            { "CAT0100.message", "{lock} not found: item versions and retirements cannot be checked" },
            { "CAT0100.fix", "run catalog lock and commit {lock}" },
            // CAT0101 catalog.lock is stale
            { "CAT0101.title", "catalog.lock is stale" },
            { "CAT0101.message", "item {code} {detail}, but catalog.lock was not updated" },
            { "CAT0101.fix", "run catalog lock (it raises the version) and commit catalog.lock with the change" },
            // CAT0102 Retired code used again
            { "CAT0102.title", "Retired code used again" },
            { "CAT0102.message", "code {code} was retired on {date} (catalog.lock line {lockLine}); a retired code is never used again" },
            { "CAT0102.fix", "give the item a new code; the retired code stays retired" },
            // CAT0103 Code removed without retirement
            { "CAT0103.title", "Code removed without retirement" },
            { "CAT0103.message", "the file of item {code} (version {version}) was deleted, but the item was never retired" },
            { "CAT0103.fix", "restore the file, set status to 已停用 with retiredOn, run catalog lock; only a retired item's file may be deleted" },
            // CAT0104 Item version went backwards
            { "CAT0104.title", "Item version went backwards" },
            { "CAT0104.message", "item {code} went back from version {baseVersion} ({base}) to {version}" },
            { "CAT0104.fix", "do not edit catalog.lock by hand: take catalog.lock from {base} and run catalog lock" },
            // CAT0105 Code dropped from catalog.lock
            { "CAT0105.title", "Code dropped from catalog.lock" },
            { "CAT0105.message", "code {code} is recorded in catalog.lock at {base} but missing now; codes stay recorded forever" },
            { "CAT0105.fix", "restore its line (git checkout {base} -- catalog.lock, then run catalog lock)" },
            // CAT0106 catalog.lock malformed
            { "CAT0106.title", "catalog.lock malformed" },
            { "CAT0106.message", "catalog.lock line {lockLine}: {detail}" },
            { "CAT0106.fix", "do not edit catalog.lock by hand: remove the bad line and run catalog lock" },
            // CAT0107 Content changed but version kept
            { "CAT0107.title", "Content changed but version kept" },
            { "CAT0107.message", "item {code} has a different canonical hash than at {base} but still version {version} (catalog.lock edited by hand?)" },
            { "CAT0107.fix", "take catalog.lock from {base} and run catalog lock so the version is raised" },
            // CAT0110 Git repository unreadable
            { "CAT0110.title", "Git repository unreadable" },
            { "CAT0110.message", "cannot read the git repository ({what}): {detail}" },
            { "CAT0110.fix", "the repository is damaged or incomplete: run git fsck to see what is broken, then clone again or git fetch the missing objects; .git/HEAD should read 'ref: refs/heads/BRANCH'" },
            // CAT0150 Workbook unreadable
            { "CAT0150.title", "Workbook unreadable" },
            { "CAT0150.message", "cannot read the workbook: {detail}" },
            { "CAT0150.fix", "save it as .xlsx (Excel workbook) with Excel, WPS or LibreOffice and import again" },
            // CAT0151 Unknown column
            { "CAT0151.title", "Unknown column" },
            { "CAT0151.message", "column '{header}' of sheet '{sheet}' is not a known column; its content would not be imported" },
            { "CAT0151.fix", "delete the column, or restore the header it had when exported (the how-to sheet, 填表说明, lists them)" },
            // CAT0152 Missing column
            { "CAT0152.title", "Missing column" },
            { "CAT0152.message", "sheet '{sheet}' has no column '{header}'" },
            { "CAT0152.fix", "restore the column (the how-to sheet, 填表说明, lists the headers); the order of columns does not matter" },
            // CAT0153 Missing sheet
            { "CAT0153.title", "Missing sheet" },
            { "CAT0153.message", "the workbook has no sheet '{sheet}'" },
            { "CAT0153.fix", "fill in a workbook made by catalog export; do not delete or rename its sheets" },
            // CAT0154 Unknown sheet
            { "CAT0154.title", "Unknown sheet" },
            { "CAT0154.message", "sheet '{sheet}' is not part of the forms and was not imported" },
            { "CAT0154.fix", "move its data to the matching sheet or delete the sheet" },
            // CAT0155 Row without code
            { "CAT0155.title", "Row without code" },
            { "CAT0155.message", "this row has content but no item code, so it belongs to no item" },
            { "CAT0155.fix", "fill in the item code of the row, or delete the row" },
            // CAT0156 Duplicate row
            { "CAT0156.title", "Duplicate row" },
            { "CAT0156.message", "'{key}' appears twice (first at row {firstRow})" },
            { "CAT0156.fix", "delete or merge the duplicate row" },
            // CAT0157 Code matches no item
            { "CAT0157.title", "Code matches no item" },
            { "CAT0157.message", "item code '{code}' has no row in the item list sheet (事项目录)" },
            { "CAT0157.fix", "check the code; a new item needs a row in the item list sheet (事项目录) first" },
            // CAT0158 Item row removed
            { "CAT0158.title", "Item row removed" },
            { "CAT0158.message", "item '{code}' was exported but the item list sheet (事项目录) no longer has it: its row was deleted or its code changed" },
            { "CAT0158.fix", "restore the row; to retire an item, set status (状态) to retired (已停用) and fill in the date it was retired on (停用日期); codes are never changed or reused" },
            // CAT0159 Bad cell value
            { "CAT0159.title", "Bad cell value" },
            { "CAT0159.message", "'{value}' in column '{header}' is not {expected}" },
            { "CAT0159.fix", "rewrite the cell as the how-to sheet (填表说明) describes" },
            // CAT0160 Workbook version mismatch
            { "CAT0160.title", "Workbook version mismatch" },
            { "CAT0160.message", "the workbook's form version is '{found}', this tool needs '{expected}'" },
            { "CAT0160.fix", "export again with the current catalog export and copy the edits into the new workbook" },
            // CAT0161 Hidden data imported
            { "CAT0161.title", "Hidden data imported" },
            { "CAT0161.message", "{what} hidden; imported as data" },
            { "CAT0161.fix", "make sure hidden content should be imported; delete rows you do not want instead of hiding them" },
            // CAT0165 Workbook exceeds a reading limit
            { "CAT0165.title", "Workbook exceeds a reading limit" },
            { "CAT0165.message", "the workbook exceeds a reading limit and was not imported: {detail}" },
            { "CAT0165.fix", "a forms workbook is never this large: export again with catalog export and fill in only what changes (docs/security.md lists each limit)" },
            // CAT0166 Formula without a computed value
            { "CAT0166.title", "Formula without a computed value" },
            { "CAT0166.message", "this cell of sheet '{sheet}' holds a formula but the workbook stores no computed value for it, so its value is unknown" },
            { "CAT0166.fix", "open and save the workbook once in Excel, WPS or LibreOffice (saving computes formulas), or replace the formula by the value itself" },
            // CAT0167 Import would delete much content
            { "CAT0167.title", "Import would delete much content" },
            { "CAT0167.message", "the import would delete {removed} of {total} {element} of the item (more than import.maxDeletedShare in policy.yaml allows, {share}): {names}" },
            { "CAT0167.fix", "if the deletion is meant, review it with --dry-run and import again with --allow-deletions; otherwise restore the deleted rows" },
            // CAT0170 Header renamed
            { "CAT0170.title", "Header renamed" },
            { "CAT0170.message", "header '{found}' of sheet '{sheet}' is not known and column '{header}' is missing: the header was probably renamed; the sheet was not imported" },
            { "CAT0170.fix", "rename header '{found}' back to '{header}' (the how-to sheet, 填表说明, lists the headers)" },
            // CAT0171 Cell not as required
            { "CAT0171.title", "Cell not as required" },
            { "CAT0171.message", "'{value}' in column '{header}' is not as required: {detail}" },
            { "CAT0171.fix", "rewrite the cell as its input prompt says: {prompt}" },
            // CAT0172 Bundle member is not an implementation
            { "CAT0172.title", "Bundle member is not an implementation" },
            { "CAT0172.message", "member '{member}' of bundle '{bundle}' {problem}" },
            { "CAT0172.fix", "write the code of an active implementation (an item code of kind implementation, 实施清单, in the item list sheet, 事项目录){suggestion}" },
            // CAT0173 Bundle code matches no bundle
            { "CAT0173.title", "Bundle code matches no bundle" },
            { "CAT0173.message", "bundle code '{code}' has no row in the bundle sheet (一件事)" },
            { "CAT0173.fix", "check the code; a new bundle needs a row in the bundle sheet (一件事) first" },
            // CAT0174 Bundle row removed
            { "CAT0174.title", "Bundle row removed" },
            { "CAT0174.message", "bundle '{code}' was exported but the bundle sheet (一件事) no longer has it: its row was deleted or its code changed" },
            { "CAT0174.fix", "restore the row; to retire a bundle set its status (状态) to retired (已停用) and fill in the retirement date; codes are never changed or reused" },
            // CAT0200 Element missing in channel
            { "CAT0200.title", "Element missing in channel" },
            { "CAT0200.message", "{channel} page {page} lacks element '{elementName}' ({element}); the source has '{expected}'" },
            { "CAT0200.fix", "publish the channel again (catalog publish) instead of editing pages downstream; if the template omits the element, fix it in templates/" },
            // CAT0201 Element differs from source
            { "CAT0201.title", "Element differs from source" },
            { "CAT0201.message", "{channel} page {page} shows element '{elementName}' ({element}) as '{actual}'; the source has '{expected}'" },
            { "CAT0201.fix", "the catalog is the only source: change the YAML and publish again, never edit content in the channel" },
            // CAT0202 Element not in source
            { "CAT0202.title", "Element not in source" },
            { "CAT0202.message", "{channel} page {page} shows element {element} '{actual}', which the source does not have" },
            { "CAT0202.fix", "remove what was added in the channel, or add it to the catalog and publish again" },
            // CAT0203 Item missing in channel
            { "CAT0203.title", "Item missing in channel" },
            { "CAT0203.message", "channel {channel} has no page for item '{name}' (expected {page})" },
            { "CAT0203.fix", "publish the channel again and make sure downstream copied every file (catalog verify-bundle)" },
            // CAT0204 Item not in source
            { "CAT0204.title", "Item not in source" },
            { "CAT0204.message", "{channel} page {page} shows item {code}, which is not in the catalog or is retired" },
            { "CAT0204.fix", "take the page down, or publish again so the removal reaches the channel" },
            // CAT0205 Channel page unreadable
            { "CAT0205.title", "Channel page unreadable" },
            { "CAT0205.message", "{channel} page {page} cannot be audited: {detail}" },
            { "CAT0205.fix", "publish the page again; pages must keep their data-item and data-el marks, JSON must parse" },
            // CAT0206 Channel page missing
            { "CAT0206.title", "Channel page missing" },
            { "CAT0206.message", "channel {channel} lacks {what} {page}" },
            { "CAT0206.fix", "publish the channel again and make sure downstream copied every file (catalog verify-bundle)" },
            // CAT0207 Listing lacks an entry
            { "CAT0207.title", "Listing lacks an entry" },
            { "CAT0207.message", "{channel} page {page} does not list {what} '{name}' ({code})" },
            { "CAT0207.fix", "publish the channel again instead of editing index and region pages downstream" },
            // CAT0208 Listing differs from source
            { "CAT0208.title", "Listing differs from source" },
            { "CAT0208.message", "{channel} page {page} lists '{shown}' ({code}), which does not match the source: {detail}" },
            { "CAT0208.fix", "the catalog is the only source: publish the channel again and remove links and pages added or changed downstream" },
            // CAT0220 Text not in source
            { "CAT0220.title", "Text not in source" },
            { "CAT0220.message", "{channel} page {page} shows {unit} '{actual}', which the source does not render ({where})" },
            { "CAT0220.fix", "remove what was added downstream and publish again; what must be shown goes into the catalog or the templates first" },
            // CAT0221 Text missing in channel
            { "CAT0221.title", "Text missing in channel" },
            { "CAT0221.message", "{channel} page {page} lacks {unit} '{expected}', which the source renders ({where})" },
            { "CAT0221.fix", "publish the channel again instead of cutting pages downstream" },
            // CAT0222 Text differs from source
            { "CAT0222.title", "Text differs from source" },
            { "CAT0222.message", "{channel} page {page} shows {unit} '{actual}'; the source renders '{expected}' ({where})" },
            { "CAT0222.fix", "the catalog is the only source: publish the channel again and make wanted changes in the catalog or the templates" },
            // CAT0223 Request beyond the guide
            { "CAT0223.title", "Request beyond the guide" },
            { "CAT0223.message", "{channel} page {page} asks for {what} the guide does not list: '{request}', in '{actual}' ({where})" },
            { "CAT0223.fix", "nothing may be asked beyond the guide: remove the request; if the law requires it, add it to the catalog (the standard item) and publish again" },
            // CAT0224 Page not in source
            { "CAT0224.title", "Page not in source" },
            { "CAT0224.message", "channel {channel} serves page {page}, which the source does not render" },
            { "CAT0224.fix", "take the page down; content that must be published goes into the catalog or the templates and is published again" },
            // CAT0225 Audit incomplete
            { "CAT0225.title", "Audit incomplete" },
            { "CAT0225.message", "channel {channel} ({origin}) was read only in part: {detail}" },
            { "CAT0225.fix", "audit again with higher crawl limits (--max-files, --max-bytes, --max-seconds), or audit the channel's folder" },
            // CAT0230 Site configuration missing
            { "CAT0230.title", "Site configuration missing" },
            { "CAT0230.message", "the catalog has no {file}: pages show no sponsor, website code or ICP / public security registration numbers in their footer, and the mobile bundle has no site.json" },
            { "CAT0230.fix", "create site.yaml at the catalog root (format: schemas/site.schema.json, example: the sample catalog's catalog/site.yaml) with the site name, sponsor, website code and registration numbers, then publish again" },
            // CAT0235 Theme names an unknown standard item
            { "CAT0235.title", "Theme names an unknown standard item" },
            { "CAT0235.message", "theme '{theme}' names standard item {standard}, which is not in the catalog (no standards/{standard}.yaml), so browsing by theme will not show it" },
            { "CAT0235.fix", "correct the basic code in registries/themes.yaml, or remove the line, then publish again" },
            // CAT0240 Too few signatures
            { "CAT0240.title", "Too few signatures" },
            { "CAT0240.message", "{file}: role {role} needs {threshold} valid signatures, has {valid}{detail}" },
            { "CAT0240.fix", "have holders of {role} keys add their signatures with catalog sign {file} --key KEY.pem; signatures by keys the root does not list (including rotated-out ones) do not count" },
            // CAT0241 Trust metadata expired
            { "CAT0241.title", "Trust metadata expired" },
            { "CAT0241.message", "{file} ({role}) expired at {expires}; now is {now}" },
            { "CAT0241.fix", "the publisher must issue it again: run catalog release regularly for the timestamp, publish or sign again for other roles; channels must refuse expired metadata (freeze attack)" },
            // CAT0242 Trust metadata rolled back
            { "CAT0242.title", "Trust metadata rolled back" },
            { "CAT0242.message", "{file} ({role}) has version {version}, older than the trusted version {trusted}" },
            { "CAT0242.fix", "refuse it: published metadata versions only grow; a reset needs the role's keys rotated" },
            // CAT0243 Metadata does not match its parent
            { "CAT0243.title", "Metadata does not match its parent" },
            { "CAT0243.message", "{file}: {detail} (differs from what {parent} records)" },
            { "CAT0243.fix", "the file was changed or files of two versions were mixed: fetch again from the publisher, and tell the publisher if it persists" },
            // CAT0244 Trust metadata unreadable
            { "CAT0244.title", "Trust metadata unreadable" },
            { "CAT0244.message", "{file} cannot be read: {detail}" },
            { "CAT0244.fix", "make the file again with catalog publish or catalog root; its format is the JSON Schema in schemas/bundle/" },
            // CAT0245 Root rotation invalid
            { "CAT0245.title", "Root rotation invalid" },
            { "CAT0245.message", "{file}: root rotation invalid: {detail}" },
            { "CAT0245.fix", "a new root N+1.root.json must be signed by a threshold of the old root's root keys and of its own (catalog sign), with version exactly N+1" },
            // CAT0246 Target path unsafe or outside the channel
            { "CAT0246.title", "Target path unsafe or outside the channel" },
            { "CAT0246.message", "{file} lists target '{path}': {detail}" },
            { "CAT0246.fix", "target paths must be relative paths under the channel's folder (no .., no absolute path, no backslash); publish again" },
            // CAT0250 Pull: rollback
            { "CAT0250.title", "Pull: rollback" },
            { "CAT0250.message", "{path} has version {version}, older than the version {accepted} this channel accepted (rollback attack); nothing was updated" },
            { "CAT0250.fix", "check whether the source was replaced with an old bundle; publish again (catalog publish) and pull again" },
            // CAT0251 Pull: expired (freeze)
            { "CAT0251.title", "Pull: expired (freeze)" },
            { "CAT0251.message", "{path} expired: valid until {expires}, now {now} (freeze attack or stalled publishing); nothing was updated" },
            { "CAT0251.fix", "the publisher must re-sign the freshness metadata before it expires (publish again); channels must not show stale content" },
            // CAT0252 Pull: mix-and-match
            { "CAT0252.title", "Pull: mix-and-match" },
            { "CAT0252.message", "{path} does not belong to the version {version} being pulled: {detail} (mix-and-match attack); nothing was updated" },
            { "CAT0252.fix", "the source must hold the files of one version (files first, manifests next, the freshness file last); publish again and pull again" },
            // CAT0253 Pull: fast-forward
            { "CAT0253.title", "Pull: fast-forward" },
            { "CAT0253.message", "{path} has version {version}, ahead of what can be genuine: {detail} (fast-forward attack); nothing was updated" },
            { "CAT0253.fix", "a version pushed into the future is most likely signed with a leaked key; rotate that key out with the root keys and publish again" },
            // CAT0254 Pull: size limit exceeded
            { "CAT0254.title", "Pull: size limit exceeded" },
            { "CAT0254.message", "{path} is longer than its limit of {limit} bytes (endless-data attack); reading stopped and nothing was updated" },
            { "CAT0254.fix", "the limit comes from the signed metadata; check the file on the source and publish again" },
            // CAT0255 Pull: arbitrary file
            { "CAT0255.title", "Pull: arbitrary file" },
            { "CAT0255.message", "{path} names an unsafe path '{entry}': {detail} (arbitrary-file attack); no file was written" },
            { "CAT0255.fix", "bundles hold only plain relative paths ('/'-separated; no .., absolute paths, dot-names or symbolic links); publish again" },
            // CAT0256 Pull: too few signatures
            { "CAT0256.title", "Pull: too few signatures" },
            { "CAT0256.message", "{path} has {valid} valid signatures, below the threshold of {threshold} ({detail}); nothing was updated" },
            { "CAT0256.fix", "metadata must be signed by enough trusted keys (catalog sign); a changed content also invalidates its signatures" },
            // CAT0257 Pull: rotated-out key
            { "CAT0257.title", "Pull: rotated-out key" },
            { "CAT0257.message", "{path} is signed by key {key}, which the root metadata rotated out; nothing was updated" },
            { "CAT0257.fix", "sign again with the keys the current root lists; if the old key leaked, this is exactly what must be refused" },
            // CAT0258 Pull: file differs from its manifest
            { "CAT0258.title", "Pull: file differs from its manifest" },
            { "CAT0258.message", "{path} differs from the signed manifest: {detail}; nothing was updated" },
            { "CAT0258.fix", "the file on the source was changed or damaged; publish again and pull again" },
            // CAT0259 Pull: cannot fetch
            { "CAT0259.title", "Pull: cannot fetch" },
            { "CAT0259.message", "cannot fetch {path} from {source}: {detail}; the current version stays" },
            { "CAT0259.fix", "check the URL or folder and the network; running catalog pull again resumes the download" },
            // CAT0260 Pull: metadata unreadable
            { "CAT0260.title", "Pull: metadata unreadable" },
            { "CAT0260.message", "{path} cannot be read: {detail}; nothing was updated" },
            { "CAT0260.fix", "check the metadata on the source and the trusted root given with --root; publish again" },
            // CAT0270 Version a channel serves
            { "CAT0270.title", "Version a channel serves" },
            { "CAT0270.message", "channel '{name}' ({channel}) serves version {version} (manifest SHA-256 {digest}, valid until {validUntil}, swapped in {updated}); the newest published version is {latest}" },
            { "CAT0270.fix", "nothing to fix: this is the status of each channel of the fleet" },
            // CAT0271 Channel behind
            { "CAT0271.title", "Channel behind" },
            { "CAT0271.message", "channel '{name}' ({channel}) serves version {version}, {behind} versions behind the newest published version {latest} ({allowed} allowed)" },
            { "CAT0271.fix", "run catalog pull on that channel (or check its scheduled pull and its network), then audit the fleet again" },
            // CAT0272 Channel serves an expired version
            { "CAT0272.title", "Channel serves an expired version" },
            { "CAT0272.message", "channel '{name}' ({channel}) serves version {version}, which expired at {validUntil}; it is now {now}" },
            { "CAT0272.fix", "publish again (catalog publish) and pull the new version on that channel; a channel must not show expired guides" },
            // CAT0273 Channel serves a version never published
            { "CAT0273.title", "Channel serves a version never published" },
            { "CAT0273.message", "channel '{name}' ({channel}) serves version {version} (manifest SHA-256 {digest}), which was never published: {detail}" },
            { "CAT0273.fix", "the channel's content was changed or came from elsewhere: pull again from the official address with catalog pull and find out who changed it; if the record is incomplete, point the fleet file's releases at the official releases.json" },
            // CAT0274 Channel status unreadable
            { "CAT0274.title", "Channel status unreadable" },
            { "CAT0274.message", "the status {status} of channel '{name}' cannot be read: {detail}" },
            { "CAT0274.fix", "make sure the channel is running and its pull client wrote channel-status.json (or catalog serve answers it), and that the address or path is right" },

            // Everything else the tools print: area.name, the area being the verb or the library type.
            // audit
            { "audit.cannotReadTheReleaseRecord", "cannot read the release record {releases}: {releasesError}" },
            { "audit.fleetFileNotFound", "fleet file '{fleetPath}' not found" },
            { "audit.folderNotFound", "folder '{target}' not found" },
            { "audit.giveTheChannelFolderOr", "give the channel folder or URL to audit (DIR|URL), or --fleet FILE to audit a fleet" },
            { "audit.invalidFleetFileFormatSchemas", "invalid fleet file '{fleetPath}': {error} (format: schemas/bundle/fleet.schema.json)" },
            { "audit.invalidMappingFile", "invalid mapping file '{mappingFile}': {mappingError}" },
            { "audit.mappingFileNotFound", "mapping file '{mappingFile}' not found" },
            { "audit.maxFilesMaxBytesAnd", "--max-files, --max-bytes and --max-seconds must be positive" },
            { "audit.noChannelOutputWebMobile", "no channel output (web, mobile, kiosk) in '{folder}'" },
            { "audit.noTemplatesFolderFoundIn", "no templates/ folder found (in the catalog, beside it, or shipped with the tools); cannot render the source's pages" },
            { "audit.servesNoChannelManifestJson", "'{url}' serves no channel (manifest.json, index.html or regions.json of web, mobile, kiosk)" },
            // catalogCli
            { "catalogCli.seeCatalogHelp", "see catalog --help" },
            // change
            { "change.added", "{element}{sep}added '{subject}'" },
            { "change.changedFromTo", "{element}{sep}'{subject}' {from} → {to}" },
            { "change.removed", "{element}{sep}removed '{subject}'" },
            { "change.removedWas", "{element}{sep}removed (was {from})" },
            { "change.separator", ": " },
            { "change.setTo", "{element}{sep}set to {to}" },
            // check
            { "check.failOnMustBeError", "--fail-on must be error or warning" },
            // diagnostic
            { "diagnostic.messageAndFix", "{message}. Fix: {fix}" },
            // diff
            { "diff.addedRemovedEdited", "{bullet}{file}: added {added}; removed {removed}; edited {edited}" },
            { "diff.catalogChange", "Catalog change: {from} → {to}" },
            { "diff.channelPagesToRepublish", "{bullet}{pages} channel pages to republish: {list}" },
            { "diff.impact", "Impact" },
            { "diff.bundle", "bundle" },
            { "diff.implementation", "implementation" },
            { "diff.implementations", "{bullet}{implementations} implementations: {list}" },
            { "diff.items", "Items" },
            { "diff.itemsAddedRemovedRetiredChanged", "{bullet}items: {added} added, {removed} removed, {retired} retired, {modified} changed" },
            { "diff.materialsAddedRemovedStepsAdded", "{bullet}materials: {materialsAdded} added, {materialsRemoved} removed; steps: {stepsAdded} added, {stepsRemoved} removed" },
            { "diff.more", " … ({count} more)" },
            { "diff.noItemOrRegistryChanged", "No item or registry changed." },
            { "diff.promisedDays", "{bullet}promised time limits in total (changed implementations): {before} → {after} days ({delta})" },
            { "diff.regionWithCode", "{name} ({code})" },
            { "diff.regions", "{bullet}{count} regions: {regions}" },
            { "diff.registries", "Registries" },
            { "diff.standard", "standard" },
            { "diff.unknownFormatChooseTextMd", "unknown format '{format}'; choose text, md or json" },
            { "diff.unreadableFilesRunCatalogCheck", "Unreadable files (run catalog check)" },
            // divergence
            { "divergence.theStandardHasThisHas", "{element} '{subject}': the standard has {fromText}, this has {toText}" },
            { "divergence.theStandardHasThisHas2", "{element}: the standard has {fromText}, this has {toText}" },
            { "divergence.whichTheStandardDoesNot", "{describe}, which the standard does not have" },
            { "divergence.whichTheStandardHas", "{describe}, which the standard has" },
            // elementComparer
            { "elementComparer.none", "(none)" },
            { "elementComparer.separator", ", " },
            // export
            { "export.exportedStandardItemsImplementationsRevision", "exported {file}: {standards} standard items, {implementations} implementations (revision {revision})" },
            { "export.hasSyntaxOrEncodingErrors", "{unreadable}: has syntax or encoding errors, not exported (run catalog check)" },
            { "export.nameTheWorkbook", "name the workbook to write: catalog export FILE.xlsx" },
            { "export.noteLoadErrorsTheFiles", "note: {loadErrors} load errors; the files involved are not in the tables. Run catalog check to see them." },
            { "export.theParquetFormatNeedsAn", "the parquet format needs an output folder: -o DIR." },
            { "export.unknownFormat", "unknown format '{format}'; use xlsx or parquet" },
            { "export.wroteParquetTables", "wrote {directory}: {written} Parquet tables" },
            // fleet
            { "fleet.bundleVersionNotCount", "bundleVersion is not a non-negative integer" },
            { "fleet.channelMissing", "channel missing" },
            { "fleet.channelStatusMissing", "channels entry {number} lacks status (URL or path of channel-status.json)" },
            { "fleet.channelsMissing", "channels array missing" },
            { "fleet.digestNotHex", "manifestSha256 is not 64 hex digits" },
            { "fleet.formatIsNot", "format is not {format}" },
            { "fleet.formatMustBe", "format must be {format}" },
            { "fleet.httpStatus", "HTTP {status}" },
            { "fleet.maxBehindNotCount", "maxBehind must be a non-negative integer" },
            { "fleet.noSuchFile", "no such file" },
            { "fleet.noSuchVersion", "the record has no such version" },
            { "fleet.noVersionOfChannel", "the record has no version of channel {channel}" },
            { "fleet.notAJsonObject", "not a JSON object" },
            { "fleet.notJson", "not JSON: {reason}" },
            { "fleet.notJsonAtLine", "not JSON (line {line}): {reason}" },
            { "fleet.notTheFormat", "not {format}" },
            { "fleet.publishedWithOtherDigest", "version {version} was published with manifest SHA-256 {digest}" },
            { "fleet.readFailed", "{reason}" },
            { "fleet.releaseIncomplete", "release {number} lacks channel, bundleVersion or manifestSha256" },
            { "fleet.releasesLocationMissing", "releases (path or URL of releases.json) missing" },
            { "fleet.releasesMissing", "releases array missing" },
            { "fleet.tooLarge", "more than {limit} bytes" },
            { "fleet.validUntilNotTime", "validUntil is not a time" },
            // fmt
            { "fmt.error", "error" },
            { "fmt.formatOutputOnlyGoWith", "--format/--output only go with fmt --check" },
            { "fmt.hasSyntaxOrEncodingErrors", "{path}: has syntax or encoding errors, left as is (run catalog check)" },
            { "fmt.itsCommentsCouldNotBe", "{path}: its comments could not be kept (a comment after an inline [ ] list), left as is; write that list one item per line (- item) and run again" },
            { "fmt.rewroteOfFiles", "rewrote {changed} of {files} files" },
            // generate
            { "generate.cannotGenerate", "cannot generate into '{dir}': {reason} (nothing was left behind)" },
            { "generate.generatedRegionsAgenciesStandardItems", "generated {regions} regions, {agencies} agencies, {standards} standard items, {implementations} implementations → {dir}" },
            { "generate.implementationsMustBePositive", "--implementations must be positive" },
            { "generate.outputFolderIsNotEmpty", "output folder '{dir}' is not empty" },
            // guideCompleteness
            { "guideCompleteness.blankForm", "blank form" },
            { "guideCompleteness.fillInNotes", "fill-in notes" },
            { "guideCompleteness.filledSample", "filled sample" },
            { "guideCompleteness.form", "form" },
            { "guideCompleteness.numberOfCopies", "number of copies" },
            { "guideCompleteness.signatureSealRequirement", "signature/seal requirement" },
            // history
            { "history.formattingOrCommentsOnlyNo", "  (formatting or comments only; no element changed)" },
            { "history.historyOfItemChangesOldest", "history of item {code} ({entries} changes, oldest first)" },
            { "history.itemIsFoundNeitherIn", "item {code} is found neither in git history nor in the work tree" },
            { "history.noteThisIsAShallow", "note: this is a shallow clone; older history is not local (git fetch --unshallow for the full record)" },
            { "history.uncommitted", "(uncommitted)" },
            { "history.unknownFormatChooseTextOr", "unknown format '{format}'; choose text or json" },
            // import
            { "import.changed", "changed" },
            { "import.deletion", "delete {path} [{code}] {removed} of {total} {list}: {names}" },
            { "import.dryRunSummary", "dry run: {items} items in the workbook, {count} files would be written (nothing written)." },
            { "import.errorsFoundNoFileWas", "errors found; no file was written." },
            { "import.new", "new" },
            { "import.workbookNotFound", "workbook '{file}' not found" },
            { "import.writtenSummary", "{items} items in the workbook, {count} files written." },
            // junitReporter
            { "junitReporter.summary", "summary" },
            // keygen
            { "keygen.algorithmNkeyIdNprivateKey", "algorithm: {shown}\nkey ID: {keyId}\nprivate key: {privatePath} (keep it secret, never commit it; it never enters a bundle)\npublic key: {publicPath} (list it in root metadata: catalog root --key ROLE={publicFileName}; or give it to channels for verify-bundle --key)" },
            { "keygen.keysAlreadyExistInAdd", "keys already exist in {dir}; add --force to replace them" },
            { "keygen.nameMustBeAPlain", "--name must be a plain file name prefix: {prefix}" },
            // list
            { "list.quoted", "'{name}'" },
            { "list.separator", ", " },
            // lock
            { "lock.catalogLockMergeNotFound", "catalog lock --merge: '{file}' not found" },
            { "lock.codesAddedVersionsRaisedCodes", "{lockPath}: {added} codes added, {raised} versions raised, {entries} codes in all ({count} retired)" },
            { "lock.conflictsResolved", "{lockPath}: resolved the merge conflict of {count} codes from the merged item files ({codes})" },
            { "lock.mergeConflict", "catalog.lock merge conflict: code {codes} changed on both branches (every other code merged). Resolve the item file, run catalog lock, then commit" },
            { "lock.noteHasNoCatalogLock", "note: {baseName} has no catalog.lock; versions are not compared" },
            { "lock.registeredTheCatalogLockMerge", "registered the catalog.lock merge driver in this repository's git config: {driverKey}={command}" },
            // outputPairing
            { "outputPairing.moreOutputThanFormatEach", "more --output than --format: each --output pairs with one --format" },
            { "outputPairing.outputPairsWithTheFormat", "--output {file} pairs with the --format just before it, {format}, but the name is that of a {join} file; write --output {file} right after --format {value}, e.g. --format {format} --format {value} --output {file}" },
            // outputPlan
            { "outputPlan.onlyOneFormatCanGo", "only one format can go to the console; give the others an --output file" },
            { "outputPlan.unknownFormat", "unknown format '{format}'; choose from {formats}" },
            // pathFilter
            { "pathFilter.pathIsOutsideTheCatalog", "path '{path}' is outside the catalog {catalogRoot}" },
            { "pathFilter.pathNotFound", "path '{path}' not found" },
            // publish
            { "publish.keepReleasesAtLeastOne", "--keep-releases must be at least 1 (the current version)" },
            { "publish.channelWritten", "{channel}: {items} items, {files} files ({filesWritten} written, {itemsRendered} items rendered, {sharedPagesReused} unchanged shared pages kept), {signed} → {directory}" },
            { "publish.failure", "{what}: {message}" },
            { "publish.implementationsNotPublishedOfThem", "{notOffered} implementations not published ({retiredStandard} of them still active over a retired standard: see CAT0035 in catalog check)" },
            { "publish.incrementalUpdateOnlyItemsChanged", "incremental update: only items changed since the last publish were read and rendered" },
            { "publish.invalidSigningKey", "invalid signing key: {keyError}" },
            { "publish.invalidTo", "invalid --to: {error}" },
            { "publish.itemsHaveCodesThatDo", "{skippedItems} items have codes that do not fit their schemes and cannot become file names or links; nothing was published (no file written):" },
            { "publish.keyFileNotFound", "key file '{file}' not found" },
            { "publish.noTemplatesFolderFoundIn", "no templates/ folder found (in the catalog, beside it, or shipped with the tools)" },
            { "publish.notPublished", "not published {code}: {reason}" },
            { "publish.noteNoPKeySo", "note: no P-256 key, so no manifest.sig (verify-bundle --key will refuse); verify with verify-bundle --root against the trust metadata." },
            { "publish.noteNoSigningKeyKey", "note: no signing key (--key or {keyVariable}); the bundle is unsigned and verify-bundle will reject it." },
            { "publish.noteTheCatalogIsNot", "note: the catalog is not in a git repository; bundle times use the current time {time} and the commit is 'unversioned'." },
            { "publish.noteTheWorkTreeHas", "note: the work tree has uncommitted changes; published as a new version {bundleVersion} (sourceCommit {commit}, sourceDirty, tree digest {treeDigest}); commit before a real publish." },
            { "publish.publishFailed", "publish failed" },
            { "publish.publishFailed2", "publish failed: {message}" },
            { "publish.refused", "the catalog has {errors} errors; nothing was published (no file written). Fix them first{advice}" },
            { "publish.refusedErrorsOfNoItem", "; these errors belong to no item (a registry or policy.yaml), so --skip-invalid cannot leave them out." },
            { "publish.refusedTrySkipInvalid", ", or publish only the items without errors with --skip-invalid." },
            { "publish.rootMetadataFolderNotFound", "root metadata folder '{trustFolder}' not found" },
            { "publish.signed", "signed" },
            { "publish.sinceItemsAddedChangedRemoved", "  since {since}: {addedItems} items added, {changedItems} changed, {removedItems} removed; {changedFiles} files changed, {removedFiles} removed (see delta.json)" },
            { "publish.skipInvalidCodesDoNot", "--skip-invalid: codes do not fit their schemes, left out {item}" },
            { "publish.skipInvalidItemsWithErrors", "--skip-invalid: {leftOut} items with errors were left out:" },
            { "publish.templateError", "template error" },
            { "publish.templateError2", "template error: {message}" },
            { "publish.theBundleWouldBeExpired", "the bundle would be expired at birth: source time {time} plus {validDays} days is {validUntil}, before now ({iso}). Publish from a newer commit or raise --valid-days (at most {maxValidDays}). Nothing was written." },
            { "publish.timestampHoursMustBeBetween", "--timestamp-hours must be between 1 and 8784" },
            { "publish.unknownChannelChooseWebMobile", "unknown channel '{unknown}'; choose web, mobile, kiosk or all" },
            { "publish.unsigned", "unsigned" },
            { "publish.uploadToFailedTheLocal", "upload to {target} failed: {message}. The local publish is complete; readers of the store still see the previous whole version (manifests go after content). Check AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the bucket, then run the same command again: only files not yet uploaded are sent." },
            { "publish.uploadedToFilesBytesUnchanged", "uploaded to {target}: {uploaded} files ({bytesUploaded} bytes), {unchanged} unchanged, {deleted} deleted" },
            { "publish.validDaysMustBeBetween", "--valid-days must be between 1 and {maxValidDays}" },
            // pull
            { "pull.fetchedFilesReusedLocalOnes", "fetched {filesFetched} files, reused {filesReused} local ones, received {bytesReceived} bytes ({bytesResumed} bytes resumed, not fetched again)" },
            { "pull.unknownChannelChooseWebMobile", "unknown channel '{name}'; choose web, mobile or kiosk" },
            // query
            { "query.theQueryIsEmptyTables", "the query is empty. Tables and columns: docs/query.md." },
            { "query.theSqlCouldNotRun", "the SQL could not run: {error}\nTables and columns: docs/query.md (or run catalog query \"SELECT table_name, column_name FROM information_schema.columns\")." },
            { "query.theXlsxFormatNeedsAn", "the xlsx format needs an output file: -o FILE." },
            { "query.unknownFormatUseTableCsv", "unknown format '{format}'; use table, csv, json or xlsx" },
            { "query.wroteRows", "wrote {output}: {rows} rows" },
            // release
            { "release.madeADefaultRootMetadata", "made a default root metadata/1.root.json (the key holds every role, threshold 1); give it to channels as their trust root" },
            { "release.needsSignaturesValidHoldersOf", "needs signatures: {file} ({role}, {valid}/{threshold} valid): holders of {role} keys run catalog sign OUT/{file} --key KEY.pem, then catalog release OUT --key ONLINE.pem" },
            { "release.noSnapshotOrTimestampWritten", "no snapshot or timestamp written: channels keep the previous version until the signatures are complete and catalog release runs" },
            { "release.releasedVersion", "released: {snapshotFile}, {timestampFile} (version {timestampVersion})" },
            { "release.trustMetadata", "trust metadata: {targetsFile}" },
            // report
            { "report.noteLoadErrorsTheFiles", "note: {errors} load errors; the files involved are not counted. Run catalog check to see them." },
            { "report.unknownFormatUseHtmlXlsx", "unknown format '{format}'; use html, xlsx, json or md" },
            { "report.unknownTimeZoneGiveAn", "unknown time zone '{timeZone}'; give an IANA name such as Asia/Shanghai (Beijing time) or Asia/Urumqi." },
            { "report.wroteItemsFiguresMissed", "wrote {output}: {regionName}, {total} items, {figures} figures, {missedCount} missed" },
            // root
            { "root.expiresDaysMustBeBetween", "--expires-days must be between 1 and 3660" },
            { "root.invalidPublicKey", "invalid public key '{file}': {error}" },
            { "root.keyMustBeRoleFile", "--key must be ROLE=FILE (root, targets, snapshot, timestamp): {pair}" },
            { "root.nextSignFirst", "next: at least {threshold} root key holders each run catalog sign {target} --key KEY.pem" },
            { "root.nextSignRotation", "next: at least {oldThreshold} holders of the old root's keys (version {oldVersion}) and {threshold} of the new root's keys each run catalog sign {target} --key KEY.pem" },
            { "root.publicKeyFileNotFound", "public key file '{file}' not found" },
            { "root.roleThresholdExceedsItsKeys", "role {role}: threshold {n} exceeds its {chosen} keys" },
            { "root.theFirstRootNeedsKeys", "the first root needs keys for every role: missing --key {role}=FILE" },
            { "root.thePreviousRootCannotBe", "the previous root '{file}' cannot be read: {message}" },
            { "root.thresholdMustBeRolePositive", "--threshold must be ROLE=positive integer: {pair}" },
            { "root.wroteUnsignedRootMetadataVersion", "wrote unsigned root metadata {target} (version {version})" },
            // rules
            { "rules.rules", "{rules} rules" },
            { "rules.unknownFormatChooseTextJson", "unknown format '{format}'; choose text, json or md" },
            // sarif
            { "sarif.fixAndRulePage", "Fix: {fix} (rule page: {page})" },
            // serve
            { "serve.bindMustBeAnIp", "--bind must be an IP address" },
            { "serve.folderNotFound", "folder '{folder}' not found" },
            { "serve.servingAtCtrlCTo", "serving {folder} at {address} (Ctrl+C to stop)" },
            { "serve.stopped", "stopped" },
            // sign
            { "sign.enoughSignatures", ", enough" },
            { "sign.invalidPrivateKey", "invalid private key '{file}': {error}" },
            { "sign.moreSignaturesNeeded", "; other holders must sign" },
            { "sign.notTrustMetadata", "'{path}' is not trust metadata: {error}" },
            { "sign.rootVersion", "root version {version}" },
            { "sign.signedKey", "signed: {path} ({type}, key {keyId})" },
            { "sign.thePreviousRootVersion", "the previous root (version {version})" },
            { "sign.thisRootVersion", "this root (version {version})" },
            { "sign.typeIsNotARole", "_type is not root, targets, snapshot or timestamp" },
            { "sign.validSignatures", "  under {label}: {valid} valid {type} signatures of {need} needed{state}" },
            { "sign.wasReleasedBySnapshotWhich", "'{path}' was released by snapshot {released} (which records its SHA-256); signing it now would make channels refuse it; publish again for new content" },
            // textReporter
            { "textReporter.checkedFilesStandardItemsImplementations", "Checked {files} files ({standardItems} standard items, {implementations} implementations{registries})" },
            { "textReporter.errorsWarningsInfosSuppressed", "{covered}: {errors} errors, {warnings} warnings, {infos} infos, {suppressed} suppressed." },
            { "textReporter.registryEntries", ", {count} registry entries" },
            // typoHints
            { "typoHints.isNotACatalogCommand", "'{word}' is not a catalog command or option; did you mean {meant}?" },
            // verifybundle
            { "verifybundle.accepted", "✓ {name}: {how}, version {version}, valid until {validUntil}, {files} files intact" },
            { "verifybundle.invalidPublicKey", "invalid public key: {keyError}" },
            { "verifybundle.noBundleManifestJsonIn", "no bundle (manifest.json) in '{dir}'" },
            { "verifybundle.noteTheFolderSName", "note: the folder's name does not say which channel it serves, so the channel was not checked; pass --channel." },
            { "verifybundle.passKeyThePublisherS", "pass --key (the publisher's public key) or --root (the trusted root metadata)" },
            { "verifybundle.problemsChannelsMustRefuseThis", "✗ {name}: {problems} problems; channels must refuse this bundle" },
            { "verifybundle.publicKeyFileNotFound", "public key file '{keyFile}' not found" },
            { "verifybundle.recordNeedsLastAcceptedTo", "--record needs --last-accepted to say where to record" },
            { "verifybundle.recordedAsChannelSLast", "  recorded as channel {name}'s last accepted version" },
            { "verifybundle.rootMetadataCannotBeTrusted", "✗ root metadata '{rootFile}' cannot be trusted" },
            { "verifybundle.rootMetadataFileNotFound", "root metadata file '{rootFile}' not found" },
            { "verifybundle.signatureValid", "signature valid" },
            { "verifybundle.trustMetadataProblemsChannelsMust", "✗ trust metadata: {problems} problems; channels must refuse this version" },
            { "verifybundle.trustMetadataValid", "trust metadata valid (root version {rootVersion}, timestamp version {timestampVersion}, expires {expires})" },
            { "verifybundle.trustRootVersionFollowedFrom", "trust root: version {version} (followed from version {installed} in '{rootFile}')" },
            { "verifybundle.unknownChannelChooseWebMobile", "unknown channel '{role}'; choose web, mobile or kiosk" },
            // write
            { "write.couldNotBeWrittenNo", "{relativePath}: could not be written ({reason}); no file was rewritten ({count} to rewrite)" },
            { "write.noteAnInterruptedWriteHad", "note: an interrupted write had a damaged staged file; the old files were put back ({where}, {note} entries)" },
            { "write.noteAnInterruptedWriteWas", "note: an interrupted write was completed from its journal ({where}, {note} entries)" },
            { "write.noteCouldNotCompleteOr", "note: could not complete or roll back an interrupted write ({message}); the next run tries again" },
            { "write.noteRemovedAnInterruptedWrite", "note: removed an interrupted write that had not taken effect ({where})" },
            { "write.theFileIsReadOnly", "{relativePath}: the file is read-only; no file was rewritten ({count} to rewrite); make it writable and run again" },
        };
    }
}
