using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// Each material states its form (原件/复印件/电子), on paper how many copies, and whether it must be
/// signed or sealed (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)1: 提交材料的名称、格式、份数、签名签章).
/// The predicate is <see cref="GuideCompleteness.Gaps(Core.Model.Material)"/>, shared with the 全要素率 figure.
/// </summary>
public sealed class MaterialIncompleteRule() : MaterialGapRule(RuleIds.MaterialIncomplete, MaterialGap.AnyMaterial);
