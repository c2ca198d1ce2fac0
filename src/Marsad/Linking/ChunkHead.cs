using Marsad.Model;

namespace Marsad.Linking;

/// <summary>A head word of <see cref="NameChunker"/>: the type of the names it begins, whether it was written with
/// the article (النيابة), whether its definite form with a nationality adjective alone is a name (المنتخب
/// البحريني), whether it stays outside a proper name after it (شركة «إيني» names إيني) and how many characters of
/// proclitics the written word carries before it (لجهاز → 1). A head <see cref="OnlyAsWritten"/> begins no name
/// behind a proclitic (برئاسة is "headed by").</summary>
internal readonly record struct ChunkHead(EntityType Type, bool Definite, bool National, bool Apart, int Skip = 0, bool OnlyAsWritten = false);
