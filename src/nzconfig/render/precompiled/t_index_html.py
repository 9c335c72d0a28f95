from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_pages = resolve('pages')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
    template = environment.get_template('_head.html', 'index.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<title>'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name')))
    yield ': shared electronic collections</title>\n</head>\n<body>\n<header>\n'
    template = environment.get_template('_nav.html', 'index.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name')))
    yield ': shared electronic collections</h1>\n<p>'
    yield escape(environment.finalize(t_2(t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rows')), 'collection')))
    yield ' shared with '
    yield escape(environment.finalize(t_2(t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'members')), 'member')))
    yield '. Validation: '
    yield escape(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'validation'), 'errors'), 'error')))
    yield ', '
    yield escape(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'validation'), 'warnings'), 'warning')))
    yield ', '
    yield escape(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'validation'), 'notices'), 'notice')))
    if environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'validation'), 'waived'):
        pass
        yield '; '
        yield escape(environment.finalize(t_2(t_1(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'validation'), 'waived')), 'finding')))
        yield ' waived'
    yield '.</p>\n</header>\n<main>\n<h2>Tables and reports</h2>\n<ul>\n'
    def t_3(fiter):
        l_1_page = resolve('page')
        for l_1_p in fiter:
            if (((environment.getattr(l_1_p, 'path') != environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'path')) and environment.call(context, environment.getattr(environment.getattr(l_1_p, 'path'), 'endswith'), '.html')) and (not environment.call(context, environment.getattr(environment.getattr(l_1_p, 'path'), 'startswith'), 'members/'))):
                yield l_1_p
    for l_1_p in t_3((undefined(name='pages') if l_0_pages is missing else l_0_pages)):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'path')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'title')))
        yield '</a>: '
        yield escape(environment.finalize(environment.getattr(l_1_p, 'description')))
        yield '</li>\n'
    l_1_p = missing
    yield '</ul>\n<h2 id="members">Member checklists</h2>\n<ul>\n'
    def t_4(fiter):
        for l_1_p in fiter:
            if (environment.call(context, environment.getattr(environment.getattr(l_1_p, 'path'), 'startswith'), 'members/') and environment.call(context, environment.getattr(environment.getattr(l_1_p, 'path'), 'endswith'), '.html')):
                yield l_1_p
    for l_1_p in t_4((undefined(name='pages') if l_0_pages is missing else l_0_pages)):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'path')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'title')))
        yield '</a></li>\n'
    l_1_p = missing
    yield '</ul>\n</main>\n'
    template = environment.get_template('_footer.html', 'index.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '6=26&7=33&11=35&12=42&13=44&18=59&19=68&24=76&25=84&29=90'

# Generated by `python -m nzconfig.render.precompile` from templates/index.html; do not edit.
# ruff: noqa
