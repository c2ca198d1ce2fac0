namespace Marsad.Corpus;

/// <summary>Story merges (<see cref="StoryState.MergedInto"/>) as the store applies them inside a batch's transaction.</summary>
public sealed partial class SqliteCorpusStore
{
    /// <summary>
    /// Moves the members of a merged-away story (the batch's articles are already inserted) to the story it went into
    /// and drops its row. Runs inside the batch's transaction, so a crash leaves either both or neither.
    /// </summary>
    private void MergeStory(StoryState gone, long into, Microsoft.Data.Sqlite.SqliteTransaction transaction)
    {
        using var move = Command("UPDATE articles SET story_id = $into WHERE story_id = $gone", transaction);
        move.Parameters.AddWithValue("$into", into);
        move.Parameters.AddWithValue("$gone", gone.Id);
        move.ExecuteNonQuery();
        using var drop = Command("DELETE FROM stories WHERE id = $gone", transaction);
        drop.Parameters.AddWithValue("$gone", gone.Id);
        drop.ExecuteNonQuery();
    }
}
