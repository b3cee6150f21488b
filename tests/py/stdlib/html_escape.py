import html
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<b>"q"</b>', quote=False))
print(html.unescape('&lt;p&gt;caf&eacute; &amp; &quot;bar&quot; &#39;x&#39; &#x41;&#66; &copy; &hellip; &unknown; & plain &#128; &#xD800;'))
print(html.unescape('no refs'), html.unescape('&amp;amp;'), html.unescape('5 &lt; 6 &gt; 4'))
