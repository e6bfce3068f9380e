global using MiniLinkedIn.Testing;
global using NUnit.Framework;
