using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// A growable array for building an <see cref="ImmutableArray{T}"/> of unknown length: the working array is kept per
/// thread and reused from one article to the next, so the result costs one exact-size copy instead of a builder's
/// guessed capacity, its regrowths and the final trim. Use as <c>var a = ScratchArray&lt;T&gt;.Rent(n); ... a.ToImmutableAndReturn()</c>.
/// </summary>
internal sealed class ScratchArray<T>
{
    [ThreadStatic]
    private static ScratchArray<T>? cached;

    private T[] items;

    private ScratchArray(int capacity) => items = new T[capacity];

    public int Count { get; private set; }

    /// <summary>The thread's scratch array, emptied (a new one when it is already in use, e.g. by a nested caller).</summary>
    public static ScratchArray<T> Rent(int capacity)
    {
        var scratch = cached ?? new ScratchArray<T>(Math.Max(capacity, 64));
        cached = null;
        scratch.Count = 0;
        if (scratch.items.Length < capacity)
        {
            scratch.items = new T[capacity];
        }

        return scratch;
    }

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = item;
    }

    /// <summary>The items as an immutable array; the scratch goes back to the thread (cleared of references).</summary>
    public ImmutableArray<T> ToImmutableAndReturn()
    {
        var result = ImmutableArray.Create(items.AsSpan(0, Count));
        Return();
        return result;
    }

    /// <summary>Gives the scratch back without a result.</summary>
    public void Return()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(items, 0, Count);
        }

        Count = 0;

        // A scratch grown past a very long article is dropped rather than kept for every later one.
        if (items.Length <= 1 << 16)
        {
            cached = this;
        }
    }
}
