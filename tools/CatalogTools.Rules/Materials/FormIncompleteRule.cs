using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// A form the office hands out (申请表, 申请书…) comes with a blank form, a filled sample and fill-in
/// notes (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)1: 提供规范表格、填写说明和示范文本).
/// Which materials are forms: <see cref="GuideCompleteness.IsForm"/>.
/// </summary>
public sealed class FormIncompleteRule() : MaterialGapRule(RuleIds.FormIncomplete, MaterialGap.AnyForm);
