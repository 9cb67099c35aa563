namespace Casework.Domain; internal static class Placeholder {}
