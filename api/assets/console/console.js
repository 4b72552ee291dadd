"use strict";(()=>{var Ae,E,yt,Ro,J,ct,ft,bt,Be,$e,ue,St,Ge,Le,Ue,Do,De={},_e=[],_o=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ie=Array.isArray;function K(e,n){for(var o in n)e[o]=n[o];return e}function We(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function vo(e,n,o){var r,s,i,a={};for(i in n)i=="key"?r=n[i]:i=="ref"?s=n[i]:a[i]=n[i];if(arguments.length>2&&(a.children=arguments.length>3?Ae.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)a[i]===void 0&&(a[i]=e.defaultProps[i]);return he(e,a,r,s,null)}function he(e,n,o,r,s){var i={type:e,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++yt,__i:-1,__u:0};return s==null&&E.vnode!=null&&E.vnode(i),i}function N(e){return e.children}function Re(e,n){this.props=e,this.context=n}function ee(e,n){if(n==null)return e.__?ee(e.__,e.__i+1):null;for(var o;n<e.__k.length;n++)if((o=e.__k[n])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?ee(e):null}function Ao(e){if(e.__P&&e.__d){var n=e.__v,o=n.__e,r=[],s=[],i=K({},n);i.__v=n.__v+1,E.vnode&&E.vnode(i),He(e.__P,i,n,e.__n,e.__P.namespaceURI,32&n.__u?[o]:null,r,o??ee(n),!!(32&n.__u),s),i.__v=n.__v,i.__.__k[i.__i]=i,_t(r,i,s),n.__e=n.__=null,i.__e!=o&&$t(i)}}function $t(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),$t(e)}function mt(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!ve.__r++||ct!=E.debounceRendering)&&((ct=E.debounceRendering)||ft)(ve)}function ve(){try{for(var e,n=1;J.length;)J.length>n&&J.sort(bt),e=J.shift(),n=J.length,Ao(e)}finally{J.length=ve.__r=0}}function ht(e,n,o,r,s,i,a,c,d,u,p){var y,l,m,f,v,h,$=r&&r.__k||_e,_=n.length;for(d=Io(o,n,$,d,_),y=0;y<_;y++)(m=o.__k[y])!=null&&(l=m.__i!=-1&&$[m.__i]||De,m.__i=y,h=He(e,m,l,s,i,a,c,d,u,p),f=m.__e,m.ref&&l.ref!=m.ref&&(l.ref&&je(l.ref,null,m),p.push(m.ref,m.__c||f,m)),v==null&&f!=null&&(v=f),4&m.__u?(d=Rt(m,d,e),l.__e&&(l.__e=null)):typeof m.type=="function"&&h!==void 0?d=h:f&&(d=f.nextSibling),m.__u&=-7);return o.__e=v,d}function Io(e,n,o,r,s){var i,a,c,d,u,p=o.length,y=p,l=0;for(e.__k=new Array(s),i=0;i<s;i++)(a=n[i])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[i]=he(null,a,null,null,null):Ie(a)?a=e.__k[i]=he(N,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[i]=he(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[i]=a,d=i+l,a.__=e,a.__b=e.__b+1,c=null,(u=a.__i=Co(a,o,d,y))!=-1&&(y--,(c=o[u])&&(c.__u|=2)),c==null||c.__v==null?(u==-1&&(s>p?l--:s<p&&l++),typeof a.type!="function"&&(a.__u|=4)):u!=d&&(u==d-1?l--:u==d+1?l++:(u>d?l--:l++,a.__u|=4))):e.__k[i]=null;if(y)for(i=0;i<p;i++)(c=o[i])!=null&&(2&c.__u)==0&&(c.__e==r&&(r=ee(c)),At(c,c));return r}function Rt(e,n,o){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,n=Rt(r[s],n,o));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=ee(e)),n=o.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function Co(e,n,o,r){var s,i,a,c=e.key,d=e.type,u=n[o],p=u!=null&&(2&u.__u)==0;if(u===null&&c==null||p&&c==u.key&&d==u.type)return o;if(r>(p?1:0)){for(s=o-1,i=o+1;s>=0||i<n.length;)if((u=n[a=s>=0?s--:i++])!=null&&(2&u.__u)==0&&c==u.key&&d==u.type)return a}return-1}function pt(e,n,o){n[0]=="-"?e.setProperty(n,o??""):e[n]=o==null?"":typeof o!="number"||_o.test(n)?o:o+"px"}function Se(e,n,o,r,s){var i,a;e:if(n=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)o&&n in o||pt(e.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||pt(e.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")i=n!=(n=n.replace(St,"$1")),a=n.toLowerCase(),n=a in e||n=="onFocusOut"||n=="onFocusIn"?a.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+i]=o,o?r?o[ue]=r[ue]:(o[ue]=Ge,e.addEventListener(n,i?Ue:Le,i)):e.removeEventListener(n,i?Ue:Le,i);else{if(s=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&o==1?"":o))}}function gt(e){return function(n){if(this.l){var o=this.l[n.type+e];if(n[$e]==null)n[$e]=Ge++;else if(n[$e]<o[ue])return;return o(E.event?E.event(n):n)}}}function He(e,n,o,r,s,i,a,c,d,u){var p,y,l,m,f,v,h,$,_,O,Q,L,F,W,V,ie,U=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(d=!!(32&o.__u),i=[c=n.__e=o.__e]),(p=E.__b)&&p(n);e:if(typeof U=="function"){y=a.length;try{if(_=n.props,O=U.prototype&&U.prototype.render,Q=(p=U.contextType)&&r[p.__c],L=p?Q?Q.props.value:p.__:r,o.__c?$=(l=n.__c=o.__c).__=l.__E:(O?n.__c=l=new U(_,L):(n.__c=l=new Re(_,L),l.constructor=U,l.render=To),Q&&Q.sub(l),l.state||(l.state={}),l.__n=r,m=l.__d=!0,l.__h=[],l._sb=[]),O&&l.__s==null&&(l.__s=l.state),O&&U.getDerivedStateFromProps!=null&&(l.__s==l.state&&(l.__s=K({},l.__s)),K(l.__s,U.getDerivedStateFromProps(_,l.__s))),f=l.props,v=l.state,l.__v=n,m)O&&U.getDerivedStateFromProps==null&&l.componentWillMount!=null&&l.componentWillMount(),O&&l.componentDidMount!=null&&l.__h.push(l.componentDidMount);else{if(O&&U.getDerivedStateFromProps==null&&_!==f&&l.componentWillReceiveProps!=null&&l.componentWillReceiveProps(_,L),n.__v==o.__v||!l.__e&&l.shouldComponentUpdate!=null&&l.shouldComponentUpdate(_,l.__s,L)===!1){n.__v!=o.__v&&(l.props=_,l.state=l.__s,l.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(j){j&&(j.__=n)}),_e.push.apply(l.__h,l._sb),l._sb=[],l.__h.length&&a.push(l),c=ee(o);break e}l.componentWillUpdate!=null&&l.componentWillUpdate(_,l.__s,L),O&&l.componentDidUpdate!=null&&l.__h.push(function(){l.componentDidUpdate(f,v,h)})}if(l.context=L,l.props=_,l.__P=e,l.__e=!1,F=E.__r,W=0,O)l.state=l.__s,l.__d=!1,F&&F(n),p=l.render(l.props,l.state,l.context),_e.push.apply(l.__h,l._sb),l._sb=[];else do l.__d=!1,F&&F(n),p=l.render(l.props,l.state,l.context),l.state=l.__s;while(l.__d&&++W<25);l.state=l.__s,l.getChildContext!=null&&(r=K(K({},r),l.getChildContext())),O&&!m&&l.getSnapshotBeforeUpdate!=null&&(h=l.getSnapshotBeforeUpdate(f,v)),V=p!=null&&p.type===N&&p.key==null?vt(p.props.children):p,c=ht(e,Ie(V)?V:[V],n,o,r,s,i,a,c,d,u),l.base=n.__e,n.__u&=-161,l.__h.length&&a.push(l),$&&(l.__E=l.__=null)}catch(j){if(a.length=y,n.__v=null,d||i!=null){if(j.then){for(n.__u|=d?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;i!=null&&(i[i.indexOf(c)]=null),n.__e=c}else if(i!=null)for(ie=i.length;ie--;)We(i[ie])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),j.then||Dt(n),E.__e(j,n,o)}}else i==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):c=n.__e=Eo(o.__e,n,o,r,s,i,a,d,u);return(p=E.diffed)&&p(n),128&n.__u?void 0:c}function Dt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Dt))}function _t(e,n,o){for(var r=0;r<o.length;r++)je(o[r],o[++r],o[++r]);E.__c&&E.__c(n,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){E.__e(i,s.__v)}})}function vt(e){return typeof e!="object"||e==null||e.__b>0?e:Ie(e)?e.map(vt):e.constructor!==void 0?null:K({},e)}function Eo(e,n,o,r,s,i,a,c,d){var u,p,y,l,m,f,v,h=o.props||De,$=n.props,_=n.type;if(_=="svg"?s="http://www.w3.org/2000/svg":_=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i!=null){for(u=0;u<i.length;u++)if((m=i[u])&&"setAttribute"in m==!!_&&(_?m.localName==_:m.nodeType==3)){e=m,i[u]=null;break}}if(e==null){if(_==null)return document.createTextNode($);e=document.createElementNS(s,_,$.is&&$),c&&(E.__m&&E.__m(n,i),c=!1),i=null}if(_==null)h===$||c&&e.data==$||(e.data=$);else{if(i=_=="textarea"&&$.defaultValue!=null?null:i&&Ae.call(e.childNodes),!c&&i!=null)for(h={},u=0;u<e.attributes.length;u++)h[(m=e.attributes[u]).name]=m.value;for(u in h)m=h[u],u=="dangerouslySetInnerHTML"?y=m:u=="children"||u in $||u=="value"&&"defaultValue"in $||u=="checked"&&"defaultChecked"in $||Se(e,u,null,m,s);for(u in $)m=$[u],u=="children"?l=m:u=="dangerouslySetInnerHTML"?p=m:u=="value"?f=m:u=="checked"?v=m:c&&typeof m!="function"||h[u]===m||Se(e,u,m,h[u],s);if(p)c||y&&(p.__html==y.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),n.__k=[];else if(y&&(e.innerHTML=""),ht(n.type=="template"?e.content:e,Ie(l)?l:[l],n,o,r,_=="foreignObject"?"http://www.w3.org/1999/xhtml":s,i,a,i?i[0]:o.__k&&ee(o,0),c,d),i!=null)for(u=i.length;u--;)We(i[u]);c&&_!="textarea"||(u="value",_=="progress"&&f==null?e.removeAttribute("value"):f!=null&&(f!==e[u]||_=="progress"&&!f||_=="option"&&f!=h[u])&&Se(e,u,f,h[u],s),u="checked",v!=null&&v!=e[u]&&Se(e,u,v,h[u],s))}return e}function je(e,n,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&n==null||(e.__u=e(n))}else e.current=n}catch(s){E.__e(s,o)}}function At(e,n,o){var r,s;if(E.unmount&&E.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||je(r,null,n)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){E.__e(i,n)}r.base=r.__P=r.__n=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&At(r[s],n,o||typeof e.type!="function");o||We(e.__e),e.__c=e.__=e.__e=void 0}function To(e,n,o){return this.constructor(e,o)}function It(e,n,o){var r,s,i,a;n==document&&(n=document.documentElement),E.__&&E.__(e,n),s=(r=typeof o=="function")?null:o&&o.__k||n.__k,i=[],a=[],He(n,e=(!r&&o||n).__k=vo(N,null,[e]),s||De,De,n.namespaceURI,!r&&o?[o]:s?null:n.firstChild?Ae.call(n.childNodes):null,i,!r&&o?o:s?s.__e:n.firstChild,r,a),_t(i,e,a),e.props.children=null}Ae=_e.slice,E={__e:function(e,n,o,r){for(var s,i,a;n=n.__;)if((s=n.__c)&&!s.__)try{if((i=s.constructor)&&i.getDerivedStateFromError!=null&&(s.setState(i.getDerivedStateFromError(e)),a=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),a=s.__d),a)return s.__E=s}catch(c){e=c}throw e}},yt=0,Ro=function(e){return e!=null&&e.constructor===void 0},Re.prototype.setState=function(e,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=K({},this.state),typeof e=="function"&&(e=e(K({},o),this.props)),e&&K(o,e),e!=null&&this.__v&&(n&&this._sb.push(n),mt(this))},Re.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),mt(this))},Re.prototype.render=N,J=[],ft=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,bt=function(e,n){return e.__v.__b-n.__v.__b},ve.__r=0,Be=Math.random().toString(8),$e="__d"+Be,ue="__a"+Be,St=/(PointerCapture)$|Capture$/i,Ge=0,Le=gt(!1),Ue=gt(!0),Do=0;var de,M,Ke,Ct,le=0,Mt=[],P=E,Et=P.__b,Tt=P.__r,Nt=P.diffed,xt=P.__c,qt=P.unmount,kt=P.__;function Ye(e,n){P.__h&&P.__h(M,e,le||n),le=0;var o=M.__H||(M.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function g(e){return le=1,No(Pt,e)}function No(e,n,o){var r=Ye(de++,2);if(r.t=e,!r.__c&&(r.__=[o?o(n):Pt(void 0,n),function(c){var d=r.__N?r.__N[0]:r.__[0],u=r.t(d,c);d!==u&&(r.__N=[u,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var s=function(c,d,u){if(!r.__c.__H)return!0;var p=!1,y=r.__c.props!==c;if(r.__c.__H.__.some(function(m){if(m.__N){p=!0;var f=m.__[0];m.__=m.__N,m.__N=void 0,f!==m.__[0]&&(y=!0)}}),i){var l=i.call(this,c,d,u);return p?l||y:l}return!p||y};M.__f=!0;var i=M.shouldComponentUpdate,a=M.componentWillUpdate;M.componentWillUpdate=function(c,d,u){if(this.__e){var p=i;i=void 0,s(c,d,u),i=p}a&&a.call(this,c,d,u)},M.shouldComponentUpdate=s}return r.__N||r.__}function A(e,n){var o=Ye(de++,3);!P.__s&&Ot(o.__H,n)&&(o.__=e,o.u=n,M.__H.__h.push(o))}function Ee(e){return le=5,H(function(){return{current:e}},[])}function H(e,n){var o=Ye(de++,7);return Ot(o.__H,n)&&(o.__=e(),o.__H=n,o.__h=e),o.__}function Te(e,n){return le=8,H(function(){return e},n)}function xo(){for(var e;e=Mt.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(Ce),n.__h.some(Ze),n.__h=[]}catch(o){n.__h=[],P.__e(o,e.__v)}}}P.__b=function(e){M=null,Et&&Et(e)},P.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),kt&&kt(e,n)},P.__r=function(e){Tt&&Tt(e),de=0;var n=(M=e.__c).__H;n&&(Ke===M?(n.__h=[],M.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(Ce),n.__h.some(Ze),n.__h=[],de=0)),Ke=M},P.diffed=function(e){Nt&&Nt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Mt.push(n)!==1&&Ct===P.requestAnimationFrame||((Ct=P.requestAnimationFrame)||qo)(xo)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Ke=M=null},P.__c=function(e,n){n.some(function(o){try{o.__h.some(Ce),o.__h=o.__h.filter(function(r){return!r.__||Ze(r)})}catch(r){n.some(function(s){s.__h&&(s.__h=[])}),n=[],P.__e(r,o.__v)}}),xt&&xt(e,n)},P.unmount=function(e){qt&&qt(e);var n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Ce(r)}catch(s){n=s}}),o.__H=void 0,n&&P.__e(n,o.__v))};var wt=typeof requestAnimationFrame=="function";function qo(e){var n,o=function(){clearTimeout(r),wt&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(o,35);wt&&(n=requestAnimationFrame(o))}function Ce(e){var n=M,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),M=n}function Ze(e){var n=M;e.__c=e.__(),M=n}function Ot(e,n){return!e||e.length!==n.length||n.some(function(o,r){return o!==e[r]})}function Pt(e,n){return typeof n=="function"?n(e):n}var R=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Ft=new R(`
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}
    `,{fragmentName:"Me"}),Qt=new R(`
    query AbuseFlags($code: String!) {
  abuseFlags(communeCode: $code, status: OPEN, first: 50) {
    totalCount
    nodes {
      id
      reason
      createdAt
      resident {
        displayName
        email
      }
      brigade {
        name
      }
    }
  }
}
    `),Vt=new R(`
    mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
  decideAbuseFlag(id: $id, suspend: $suspend, note: $note) {
    id
    status
  }
}
    `),Bt=new R(`
    query AdminCommunes {
  communes(participating: true) {
    code
    name
    participatingSince
    brigade {
      name
    }
    referent {
      displayName
    }
  }
}
    `),Lt=new R(`
    query AdminBrigades {
  brigades {
    id
    code
    name
    kind
    phone
    communes {
      code
    }
  }
}
    `),Ut=new R(`
    query AdminCategories {
  categories {
    code
    label
    urgency
    order
    active
    diversion
  }
}
    `),Gt=new R(`
    query RoutingSetup {
  communes(participating: true) {
    code
    name
    brigade {
      name
    }
  }
  categories {
    code
    label
  }
  brigades {
    id
    name
  }
}
    `),Wt=new R(`
    query RoutingRules($c: String!) {
  categoryOverrides(communeCode: $c) {
    category {
      code
      label
    }
    brigade {
      id
      name
    }
  }
}
    `),Ht=new R(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `),jt=new R(`
    query Accounts($filter: UserFilter, $after: String) {
  users(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      role
      disabledAt
      enrolmentStatus
      brigade {
        name
      }
      commune {
        name
      }
      coordinatedCommunes {
        name
      }
    }
  }
}
    `),Kt=new R(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `),Zt=new R(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `),Yt=new R(`
    query Audit($after: String) {
  auditEvents(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      kind
      targetType
      targetId
      actor {
        displayName
      }
    }
  }
}
    `),zt=new R(`
    mutation ResumeSession {
  resumeSession {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),Jt=new R(`
    mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, cookie: true, totpCode: $totpCode) {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`),Xt=new R(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `),en=new R(`
    mutation EndSession {
  endSession
}
    `),tn=new R(`
    query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
  brigadeQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      description
      createdAt
      priority
      overdue
      assignee {
        displayName
      }
      incident {
        id
        reportCount
      }
      category {
        code
        label
        urgency
      }
      commune {
        code
        name
      }
      location {
        latitude
        longitude
      }
    }
  }
}
    `),nn=new R(`
    query BrigadeSetup {
  categories {
    code
    label
  }
  me {
    brigade {
      communes {
        code
        name
        referent {
          id
        }
      }
    }
  }
  brigadeTo: brigades {
    id
    code
    name
  }
}
    `),on=new R(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),rn=new R(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `),sn=new R(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `),an=new R(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `),un=new R(`
    query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
  enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      phone
      enrolmentStatus
    }
  }
}
    `),dn=new R(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `),ln=new R(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `),cn=new R(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `),mn=new R(`
    query CommuneAlerts($code: String!) {
  interventionAlerts(communeCode: $code, first: 20) {
    nodes {
      id
      message
      recipients
      createdAt
      closedAt
      closingMessage
    }
  }
}
    `),pn=new R(`
    query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
  communeOutlines(codes: [$code]) {
    code
    name
    polygons
  }
  communeActivity(communeCode: $code, from: $from, to: $to) {
    total
    medianSecondsToAcknowledge
    byCategory {
      key
      count
    }
    byStatus {
      key
      count
    }
    byWeek {
      key
      count
    }
    reports(first: 100) {
      nodes {
        id
        status
        category {
          label
        }
        location {
          latitude
          longitude
        }
      }
    }
  }
  categories {
    code
    label
  }
}
    `),gn=new R(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `),yn=new R(`
    query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
  departementActivity(departement: $departement, from: $from, to: $to) {
    total
    communes {
      code
      name
      participating
      total
      open
    }
    byWeek {
      key
      count
    }
    brigades {
      brigade {
        code
        name
      }
      total
      acknowledged
      medianSecondsToAcknowledge
      overdue
      overdueShare
    }
    cells {
      latitude
      longitude
      count
    }
  }
}
    `),fn=new R(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `),bn=new R(`
    mutation ConfirmIncident($id: ID!) {
  confirmIncident(incidentId: $id) {
    id
    confirmed
  }
}
    `),Sn=new R(`
    mutation SplitReportFromIncident($id: ID!, $reason: String) {
  splitReportFromIncident(reportId: $id, reason: $reason) {
    id
  }
}
    `),$n=new R(`
    mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
  transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) {
    id
    status
  }
}
    `),hn=new R(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
    priority
    acknowledgeBy
    overdue
    assignee {
      id
      displayName
    }
    category {
      code
      label
      urgency
    }
    commune {
      code
      name
    }
    brigade {
      id
      name
    }
    location {
      latitude
      longitude
    }
    photos {
      id
      url
    }
    reporter {
      displayName
      email
      phone
    }
    duplicateOf {
      id
    }
    events {
      id
      kind
      status
      publicNote
      internalNote
      actorRole
      at
    }
    possibleDuplicates {
      reportId
      categoryCode
      status
      distanceMeters
      observedAt
    }
    incident {
      id
      confirmed
      reportCount
      reports {
        id
        status
        observedAt
        category {
          label
        }
      }
    }
  }
}
    `),Rn=new R(`
    query SecurityRequests($status: SecurityRequestStatus, $after: String) {
  securityRequests(filter: {status: $status}, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      communeCode
      topic
      subject
      status
      updatedAt
    }
  }
}
    `),Dn=new R(`
    query SecurityRequestThread($id: ID!) {
  securityRequest(id: $id) {
    id
    status
    messages {
      authorRole
      body
      createdAt
    }
  }
}
    `),_n=new R(`
    mutation OpenSecurityRequest($input: SecurityRequestInput!) {
  openSecurityRequest(input: $input) {
    id
    status
  }
}
    `),vn=new R(`
    mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
  replyToSecurityRequest(id: $id, body: $body) {
    id
    status
  }
}
    `),An=new R(`
    mutation CloseSecurityRequest($id: ID!) {
  closeSecurityRequest(id: $id) {
    id
    status
  }
}
    `),In=new R(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `),Cn=new R(`
    mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
  transitionReport(
    reportId: $id
    to: $to
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
    status
  }
}
    `),En=new R(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `),Tn=new R(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `),Nn=new R(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `),xn=new R(`
    query ReportAlerts($commune: String!) {
  interventionAlerts(communeCode: $commune, first: 20) {
    nodes {
      id
      message
      createdAt
      closedAt
      reportId
    }
  }
}
    `),qn=new R(`
    mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
  sendInterventionAlert(
    communeCode: $commune
    message: $message
    reportId: $report
  ) {
    id
    recipients
  }
}
    `),kn=new R(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `),wn=new R(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `),Mn=new R(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `),On=new R(`
    mutation FlagReporterAbuse($id: ID!, $reason: String!) {
  flagReporterAbuse(reportId: $id, reason: $reason) {
    id
    status
  }
}
    `),Pn=new R(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `);var wo={"\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n":Qt,"\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n":Vt,"\n  query AdminCommunes {\n    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }\n  }\n":Bt,"\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n":Lt,"\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n":Ut,"\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n":Gt,"\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n":Wt,"\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n":Ht,"\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n":jt,"\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n":Kt,'\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }\n  }\n':Zt,"\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n":Yt,"\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n":Ft,"\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n":zt,"\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n":Jt,"\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n":Xt,"\n  mutation EndSession {\n    endSession\n  }\n":en,"\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n":tn,"\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id } } } }\n    brigadeTo: brigades { id code name }\n  }\n":nn,"\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":on,"\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n":rn,"\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n":sn,"\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n":an,"\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n":un,"\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n":dn,"\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n":ln,"\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n":cn,"\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n":mn,"\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n":pn,"\n  query DepartementChoices {\n    brigades { departement }\n  }\n":gn,"\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n":yn,"\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n":fn,"\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n":bn,"\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n":Sn,"\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n":$n,"\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n":hn,"\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n":Rn,"\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n":Dn,"\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n":_n,"\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n":vn,"\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n":An,"\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n":In,"\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n":Cn,"\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n":En,"\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n":Tn,"\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n":Nn,"\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n":xn,"\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n":qn,"\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n":kn,"\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n":wn,"\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n":Mn,"\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n":On,"\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n":Pn};function S(e){return wo[e]??{}}var G=class extends Error{constructor(o,r,s=null){super(o);this.code=r;this.field=s}};S(`
  fragment Me on User {
    id
    displayName
    email
    role
    rank
    commander
    brigade { id code name departement timeZone }
    coordinatedCommunes { code name timeZone }
  }
`);var Mo=S(`
  mutation ResumeSession {
    resumeSession { accessToken expiresIn user { ...Me } }
  }
`),Oo=S(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }
  }
`),Po=S(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`),Fo=S(`
  mutation EndSession {
    endSession
  }
`),Z=null,xe=0,ze=null,Je=new Set;function Fn(e){return Je.add(e),()=>Je.delete(e)}function Qn(e){return Z=e.accessToken,xe=Date.now()+e.expiresIn*1e3,e.user}function Vn(){Z=null,xe=0,Je.forEach(e=>e(null))}async function Bn(){return Z&&Date.now()>xe-3e4&&await me(),Z}async function ce(e,n){let o={"content-type":"application/json"};Z&&(o.authorization=`Bearer ${Z}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,credentials:"same-origin",body:JSON.stringify({query:e.toString(),variables:n})})}catch{throw new G("Le serveur est injoignable. Vérifiez la connexion puis réessayez.","NETWORK")}try{return await r.json()}catch{throw new G(`Réponse illisible du serveur (HTTP ${r.status}).`,"INTERNAL")}}function Ne(e){let n=e?.errors?.[0];return n?new G(n.message??"Erreur",n.extensions?.code??"INTERNAL",n.extensions?.field??null):null}async function D(e,...[n]){Z&&Date.now()>xe-3e4&&await me();let o=n??{},r=await ce(e,o),s=Ne(r);if(s?.code==="UNAUTHENTICATED"&&Z&&await me()&&(r=await ce(e,o),s=Ne(r)),s)throw s.code==="UNAUTHENTICATED"&&Vn(),s;if(!r.data)throw new G("Réponse vide du serveur.","INTERNAL");return r.data}function me(){return ze??=(async()=>{try{let e=await ce(Mo,{});return Ne(e)||!e.data?(Z=null,null):Qn(e.data.resumeSession)}catch{return null}finally{ze=null}})(),ze}async function Ln(e,n,o=null){let r=await ce(Oo,{email:e,password:n,totpCode:o}),s=Ne(r);if(s)throw s;if(!r.data)throw new G("Réponse vide du serveur.","INTERNAL");return Qn(r.data.login)}async function qe(e=!1){try{e?await D(Po):await ce(Fo,{})}finally{Vn()}}var B={SUBMITTED:"Reçu",ACKNOWLEDGED:"Pris en compte",IN_PROGRESS:"Intervention en cours",RESOLVED:"Traité",REJECTED:"Classé sans suite",DUPLICATE:"Doublon",WITHDRAWN:"Retiré"};function Un(e){return Object.hasOwn(B,e)?B[e]:e}var Gn=["SUBMITTED","ACKNOWLEDGED","IN_PROGRESS"],Wn={FILED:"Signalement déposé",STATUS_CHANGED:"Statut modifié",NOTE:"Réponse au signalant",INTERNAL_NOTE:"Note interne",COMMENT:"Précision du signalant",PHOTOS_ADDED:"Photos ajoutées",REROUTED:"Transmis à une autre unité",DUPLICATE_LINKED:"Rattaché comme doublon",WITHDRAWN:"Retiré par le signalant",ASSIGNED:"Attribution",PRIORITY_CHANGED:"Priorité modifiée",ESCALATED:"Délai dépassé, hiérarchie prévenue",INCIDENT_CHANGED:"Regroupement en incident"},X={RESIDENT:"Habitant",COORDINATOR:"Coordinateur communal",BRIGADE_STAFF:"Personnel de brigade",ADMIN:"Administrateur",PARTNER:"Partenaire"},pe={PENDING:"En attente",APPROVED:"Approuvée",REJECTED:"Refusée",SUSPENDED:"Suspendue"},Hn={COMMUNE_DEFAULT:"Brigade de la commune",CATEGORY_OVERRIDE:"Règle par catégorie",REROUTED:"Transmis"},Y={3:"Immédiate",2:"Élevée",1:"Normale",0:"Faible"},jn=[3,2,1,0],Xe=e=>new Intl.DateTimeFormat("fr-FR",{dateStyle:"short",timeStyle:"short",timeZone:e}),et=Xe("Europe/Paris");function Kn(e){try{et=Xe(e||"Europe/Paris")}catch{et=Xe("Europe/Paris")}}var Qo=new Intl.DateTimeFormat("fr-FR",{day:"numeric",month:"short",timeZone:"UTC"});function k(e){return et.format(new Date(e))}function ke(e){return Qo.format(new Date(`${e}T00:00:00Z`))}function Zn(e,n=Date.now()){let o=Math.max(0,Math.round((n-new Date(e).getTime())/6e4));if(o<1)return"à l’instant";if(o<60)return`il y a ${o} min`;let r=Math.round(o/60);return r<48?`il y a ${r} h`:`il y a ${Math.round(r/24)} j`}function we(e){return e==null?"—":e<3600?`${Math.round(e/60)} min`:e<172800?`${(e/3600).toFixed(1).replace(".",",")} h`:`${Math.round(e/86400)} j`}var Vo=0,Si=Array.isArray;function t(e,n,o,r,s,i){n||(n={});var a,c,d=n;if("ref"in d)for(c in d={},n)c=="ref"?a=n[c]:d[c]=n[c];var u={type:e,props:d,key:o,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Vo,__i:-1,__u:0,__source:s,__self:i};if(typeof e=="function"&&(a=e.defaultProps))for(c in a)d[c]===void 0&&(d[c]=a[c]);return E.vnode&&E.vnode(u),u}function Yn(e){let n=new Date(`${e}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-(n.getUTCDay()+6)%7),n}function Me(e,n,o){let r=new Map(e.map(a=>[a.key,a.count])),s=[],i=Yn(o);for(let a=Yn(n);a<=i&&s.length<530;a.setUTCDate(a.getUTCDate()+7)){let c=a.toISOString().slice(0,10);s.push({key:c,count:r.get(c)??0})}return s.length?s:e}function Oe({weeks:e}){if(e.every(i=>i.count===0))return t("p",{class:"muted",children:"Aucun signalement sur la période."});let n=Math.max(...e.map(i=>i.count)),o=180,r=Math.min(48,640/e.length),s=r*e.length;return t("figure",{class:"chart","data-testid":"weekly-chart",children:[t("svg",{viewBox:`0 0 ${s} ${o+24}`,role:"img","aria-labelledby":"weekly-caption",children:e.map((i,a)=>{let c=n?Math.max(2,i.count/n*o):0;return t("g",{children:[t("rect",{x:a*r+2,y:o-c,width:Math.max(2,r-4),height:c,class:"bar",children:t("title",{children:`Semaine du ${ke(i.key)} : ${i.count}`})}),(e.length<=12||a%Math.ceil(e.length/12)===0)&&t("text",{x:a*r+r/2,y:o+16,class:"axis",children:ke(i.key)})]},i.key)})}),t("figcaption",{id:"weekly-caption",children:"Signalements par semaine (semaines commençant le lundi)."}),t("table",{class:"visually-hidden",children:[t("caption",{children:"Signalements par semaine"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Semaine du"}),t("th",{scope:"col",children:"Signalements"})]})}),t("tbody",{children:e.map(i=>t("tr",{children:[t("td",{children:ke(i.key)}),t("td",{children:i.count})]},i.key))})]})]})}var Pe=1e3,tt=680;function nt(e,n){let o=Math.sin(n*Math.PI/180),r=.5-Math.log((1+o)/(1-o))/(4*Math.PI);return[(e+180)/360,r]}function Bo(){let n=document.querySelector('meta[name="vigie-map-tiles"]')?.getAttribute("content")?.trim();return n||null}function oe(e){let{outlines:n,points:o}=e,r=H(()=>{let[d,u,p,y]=[1/0,1/0,-1/0,-1/0],l=([v,h])=>{d=Math.min(d,v),p=Math.max(p,v),u=Math.min(u,h),y=Math.max(y,h)};if(n.forEach(v=>v.polygons.forEach(h=>h[0]?.forEach(([$,_])=>l(nt($,_))))),o.forEach(v=>l(nt(v.longitude,v.latitude))),!Number.isFinite(d))return null;let m=Math.max(p-d,y-u)*.04||5e-4;d-=m,u-=m,p+=m,y+=m;let f=Math.min(Pe/(p-d),tt/(y-u));return d-=(Pe/f-(p-d))/2,u-=(tt/f-(y-u))/2,{minX:d,minY:u,scale:f,height:tt}},[n,o]);if(!r)return t("p",{class:"muted",children:"Aucune commune à afficher."});let s=(d,u)=>{let[p,y]=nt(d,u);return[(p-r.minX)*r.scale,(y-r.minY)*r.scale]},i=d=>d.map(u=>u.map(p=>p.map(([y,l],m)=>`${m?"L":"M"}${s(y,l).map(f=>f.toFixed(1)).join(" ")}`).join("")+"Z").join("")).join(""),a=Lo(r),c=n.map(d=>{let u=d.polygons[0]?.[0]??[],p=u.reduce((y,[l,m])=>[y[0]+l,y[1]+m],[0,0]);return{outline:d,centre:u.length?s(p[0]/u.length,p[1]/u.length):null}});return t("figure",{class:"map",children:[t("svg",{viewBox:`0 0 ${Pe} ${r.height}`,role:"group","aria-label":e.title,children:[a.map(d=>t("image",{href:d.href,x:d.x,y:d.y,width:d.size,height:d.size},d.href)),c.map(({outline:d})=>t("path",{class:"commune",d:i(d.polygons),"fill-rule":"evenodd",children:t("title",{children:d.name})},d.code)),c.map(({outline:d,centre:u})=>u?t("text",{x:u[0],y:u[1],class:"commune-name","aria-hidden":"true",children:d.name},d.code):null),o.map(d=>{let[u,p]=s(d.longitude,d.latitude),y=()=>e.onSelect?.(d.id),l=e.onSelect?{tabIndex:0,role:"button",onClick:y,onKeyDown:f=>{(f.key==="Enter"||f.key===" ")&&(f.preventDefault(),y())}}:{role:"img"},m=e.grid?16+Math.min(24,d.weight*4):0;return t("g",{class:`marker urgency-${e.grid?"grid":d.weight}${d.selected?" selected":""}`,"aria-label":d.label,"data-report":d.id,...l,children:[e.grid?t("rect",{x:u-m/2,y:p-m/2,width:m,height:m}):t("circle",{cx:u,cy:p,r:d.selected?17:13}),t("title",{children:d.label})]},d.id)})]}),t("figcaption",{children:[e.title," — contours des communes : IGN (Admin Express), servis par Vigie."]})]})}function Lo(e){let n=Bo();if(!n)return[];let o=Math.max(0,Math.min(18,Math.round(Math.log2(e.scale/256)))),r=2**o,s=e.scale/r,i=e.minX+Pe/e.scale,a=e.minY+e.height/e.scale,c=[];for(let d=Math.floor(e.minX*r);d<=Math.floor(i*r);d++)for(let u=Math.floor(e.minY*r);u<=Math.floor(a*r);u++){let p=n.replace("{z}",String(o)).replace("{x}",String(d)).replace("{y}",String(u));c.push({href:p,x:(d/r-e.minX)*e.scale,y:(u/r-e.minY)*e.scale,size:s})}return c.slice(0,64)}var Uo=0;function ot(e){let[n]=g(()=>`${e}-${++Uo}`);return n}function C({kind:e,children:n}){return t("p",{class:`notice notice-${e}`,role:e==="error"?"alert":"status",children:n})}function x(e){return e instanceof G?e.message:"Une erreur inattendue est survenue."}function q(e){let[n,o]=g(!1),[r,s]=g(null),[i,a]=g(null);return{run:Te(async(...u)=>{o(!0),s(null),a(null);try{let p=await e(...u);p&&a(p)}catch(p){s(x(p))}finally{o(!1)}},[e]),busy:n,feedback:t(N,{children:[r&&t(C,{kind:"error",children:r}),i&&t(C,{kind:"success",children:i})]})}}function I(e){let n=ot("field"),o=e.hint?`${n}-hint`:void 0,r={id:n,value:e.value,required:e.required,"aria-describedby":o,onInput:s=>e.onInput(s.target.value)};return t("div",{class:"field",children:[t("label",{for:n,children:[e.label,e.required&&t("span",{"aria-hidden":"true",children:" *"})]}),e.hint&&t("span",{class:"hint",id:o,children:e.hint}),e.multiline?t("textarea",{rows:3,...r}):t("input",{type:e.type??"text",autocomplete:e.autocomplete,...r})]})}function T(e){let n=ot("select");return t("div",{class:"field",children:[t("label",{for:n,children:e.label}),t("select",{id:n,value:e.value,onChange:o=>e.onChange(o.target.value),children:e.options.map(([o,r])=>t("option",{value:o,children:r},o))})]})}function w({title:e,children:n,id:o}){let r=ot("section");return t("section",{class:"panel","aria-labelledby":r,id:o,children:[t("h2",{id:r,children:e}),n]})}var Go=S(`
  query DepartementChoices {
    brigades { departement }
  }
`),Wo=S(`
  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
    departementActivity(departement: $departement, from: $from, to: $to) {
      total
      communes { code name participating total open }
      byWeek { key count }
      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }
      cells { latitude longitude count }
    }
  }
`),Ho=S(`
  query DepartementOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),zn=e=>e.toISOString().slice(0,10);function Jn(){let[e,n]=g([]),[o,r]=g(""),[s,i]=g(zn(new Date(Date.now()-90*864e5))),[a,c]=g(zn(new Date)),[d,u]=g(null),[p,y]=g([]),[l,m]=g(null);A(()=>{D(Go).then($=>{let _=[...new Set($.brigades.map(O=>O.departement))].sort();n(_),r(O=>O||_[0]||"")}).catch($=>m(x($)))},[]),A(()=>{if(!o||!s||!a)return;let $=!0;return D(Wo,{departement:o,from:s,to:a}).then(async _=>{if(!$)return;u(_.departementActivity),m(null);let O=_.departementActivity.communes.slice(0,100).map(L=>L.code),Q=await D(Ho,{codes:O});$&&y(Q.communeOutlines)}).catch(_=>$&&m(x(_))),()=>{$=!1}},[o,s,a]);let f=H(()=>(d?.cells??[]).map($=>({id:`${$.latitude},${$.longitude}`,latitude:$.latitude,longitude:$.longitude,weight:$.count,label:`${$.count} signalement${$.count>1?"s":""} dans ce carré d’environ 200 m`})),[d]),v=H(()=>[...d?.communes??[]].filter($=>$.total>0).sort(($,_)=>_.total-$.total),[d]),h=(d?.communes.length??0)-v.length;return t(w,{title:"Le département d’un coup d’œil",id:"departement",children:[t("form",{class:"filters",onSubmit:$=>$.preventDefault(),"aria-label":"Département et période",children:[t(T,{label:"Département",value:o,onChange:r,options:e.map($=>[$,$])}),t(I,{label:"Du",type:"date",value:s,onInput:i}),t(I,{label:"Au",type:"date",value:a,onInput:c})]}),l&&t(C,{kind:"error",children:l}),d&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"departement-total",children:d.total})," signalements sur la période"]})}),t(Oe,{weeks:Me(d.byWeek,s,a)}),t("table",{class:"counts",children:[t("caption",{children:"Brigades : délais de prise en compte"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Brigade"}),t("th",{scope:"col",children:"Reçus"}),t("th",{scope:"col",children:"Délai médian"}),t("th",{scope:"col",children:"En retard"})]})}),t("tbody",{children:d.brigades.map($=>t("tr",{children:[t("th",{scope:"row",children:$.brigade.name}),t("td",{children:$.total}),t("td",{children:we($.medianSecondsToAcknowledge??null)}),t("td",{children:[$.overdue,$.overdueShare!=null&&` (${Math.round($.overdueShare*100)} %)`]})]},$.brigade.code))})]}),t("table",{class:"counts",children:[t("caption",{children:["Communes (",d.communes.length,", dont ",h," sans signalement sur la période)"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Signalements"}),t("th",{scope:"col",children:"En cours"}),t("th",{scope:"col",children:"Participation citoyenne"})]})}),t("tbody",{children:v.map($=>t("tr",{children:[t("th",{scope:"row",children:$.name}),t("td",{children:$.total}),t("td",{children:$.open}),t("td",{children:$.participating?"Oui":"Non"})]},$.code))})]})]}),t(oe,{title:"Signalements de la période, par carré d’environ 200 m",outlines:p,points:f,grid:!0})]})]})}function te(e,n,o,r){let[s,i]=g([]),[a,c]=g(null),[d,u]=g(null),[p,y]=g(!1),[l,m]=g(null),[f,v]=g(!1),[h,$]=g(0),_=async(Q,L)=>{v(!0);try{let F=await D(e,{...o,after:Q}),W=n(F);i(V=>L?[...V,...W.nodes]:W.nodes),c(W.totalCount),u(W.pageInfo.endCursor),y(W.pageInfo.hasNextPage),m(null)}catch(F){m(x(F))}finally{v(!1)}};A(()=>{_(null,!1)},[...r,h]);let O=p?t("button",{type:"button",disabled:f,onClick:()=>void _(d,!0),children:["Afficher plus (",s.length," sur ",a,")"]}):null;return{nodes:s,total:a,error:l,more:O,reload:()=>$(Q=>Q+1)}}var ge=[["communes","Communes"],["departement","Département"],["brigades","Brigades"],["categories","Catégories"],["routing","Acheminement"],["accounts","Comptes"],["audit","Journal"]];function Xn({me:e}){let[n,o]=g("communes");return t("div",{class:"admin",children:[t("div",{role:"tablist","aria-label":"Administration",class:"tabs",children:ge.map(([r,s])=>t("button",{type:"button",role:"tab",id:`tab-${r}`,"aria-selected":n===r,"aria-controls":"admin-panel",tabIndex:n===r?0:-1,onClick:()=>o(r),onKeyDown:i=>{let a=ge.findIndex(([d])=>d===n),c=i.key==="ArrowRight"?1:i.key==="ArrowLeft"?-1:0;if(c){let d=ge[(a+c+ge.length)%ge.length][0];o(d),document.getElementById(`tab-${d}`)?.focus()}},children:s},r))}),t("div",{role:"tabpanel",id:"admin-panel","aria-labelledby":`tab-${n}`,children:[n==="departement"&&t(Jn,{}),n==="communes"&&t(or,{}),n==="brigades"&&t(rr,{}),n==="categories"&&t(ir,{}),n==="routing"&&t(sr,{}),n==="accounts"&&t(ar,{me:e}),n==="audit"&&t(dr,{})]})]})}function ye(e,n,...o){let[r,s]=g(null),[i,a]=g(null),[c,d]=g(0);return A(()=>{D(e,...o).then(u=>(s(u),a(null))).catch(u=>a(x(u)))},[...n,c]),{data:r,error:i&&t(C,{kind:"error",children:i}),reload:()=>d(u=>u+1)}}function re({rows:e,columns:n,rowKey:o}){return t("table",{children:[t("thead",{children:t("tr",{children:n.map(([r])=>t("th",{scope:"col",children:r},r))})}),t("tbody",{children:e.map(r=>t("tr",{children:n.map(([s,i])=>t("td",{children:i(r)},s))},o(r)))})]})}var jo=S(`
  query AdminCommunes {
    communes(participating: true) { code name participatingSince brigade { name } referent { displayName } }
  }
`),Ko=S(`
  query AdminBrigades {
    brigades { id code name kind phone communes { code } }
  }
`),Zo=S(`
  query AdminCategories {
    categories { code label urgency order active diversion }
  }
`),Yo=S(`
  query RoutingSetup {
    communes(participating: true) { code name brigade { name } }
    categories { code label }
    brigades { id name }
  }
`),zo=S(`
  query RoutingRules($c: String!) {
    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }
  }
`),Jo=S(`
  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }
  }
`),Xo=S(`
  query Accounts($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }
    }
  }
`),er=S(`
  mutation EnableAccount($id: ID!) {
    enableAccount(userId: $id) { id }
  }
`),tr=S(`
  mutation DisableAccount($id: ID!) {
    disableAccount(userId: $id, reason: "Désactivé depuis la console") { id }
  }
`),nr=S(`
  query Audit($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at kind targetType targetId actor { displayName } }
    }
  }
`);function or(){let{data:e,error:n}=ye(jo,[]);return t(w,{title:"Communes du dispositif",children:[n,t(re,{rows:e?.communes??[],rowKey:o=>o.code,columns:[["Code INSEE",o=>o.code],["Commune",o=>o.name],["Depuis",o=>o.participatingSince??"—"],["Brigade",o=>o.brigade?.name??"—"],["Référent",o=>o.referent?.displayName??"—"]]})]})}function rr(){let{data:e,error:n}=ye(Ko,[]);return t(w,{title:"Brigades",children:[n,t(re,{rows:e?.brigades??[],rowKey:o=>o.id,columns:[["Code",o=>o.code],["Nom",o=>o.name],["Téléphone",o=>o.phone??"—"],["Communes couvertes",o=>o.communes.length]]})]})}function ir(){let{data:e,error:n}=ye(Zo,[]);return t(w,{title:"Catégories de signalement",children:[n,t(re,{rows:e?.categories??[],rowKey:o=>o.code,columns:[["Code",o=>o.code],["Libellé",o=>o.label],["Urgence",o=>Y[o.urgency]],["Réorientation d’urgence",o=>o.diversion??"—"]]})]})}function sr(){let e=ye(Yo,[]),n=e.data?.communes??[],[o,r]=g(""),s=o||n[0]?.code||"",i=ye(zo,[s],{c:s}),[a,c]=g(""),[d,u]=g(""),p=q(async(f,v)=>(await D(Jo,{c:s,k:f,b:v}),i.reload(),v?"Règle enregistrée.":"Règle retirée.")),y=e.data?.categories??[],l=e.data?.brigades??[],m=n.find(f=>f.code===s)?.brigade?.name??"—";return t(w,{title:"Règles d’acheminement",children:[e.error,t("form",{class:"filters",onSubmit:f=>f.preventDefault(),children:t(T,{label:"Commune",value:s,onChange:r,options:n.map(f=>[f.code,f.name])})}),t("p",{children:["Par défaut, les signalements vont à : ",t("strong",{children:m}),"."]}),i.error,t(re,{rows:(i.data?.categoryOverrides??[]).flatMap(f=>f.category?[{...f,category:f.category}]:[]),rowKey:f=>f.category.code,columns:[["Catégorie",f=>f.category.label],["Acheminée vers",f=>f.brigade?.name??"—"],["Action",f=>t("button",{type:"button",class:"small",disabled:p.busy,onClick:()=>void p.run(f.category.code,null),children:["Retirer la règle « ",f.category.label," »"]})]]}),t("h3",{children:"Nouvelle règle"}),t("form",{class:"filters","aria-label":"Nouvelle règle",onSubmit:f=>{f.preventDefault(),p.run(a||y[0]?.code,d||l[0]?.id)},children:[t(T,{label:"Catégorie",value:a||y[0]?.code||"",onChange:c,options:y.map(f=>[f.code,f.label])}),t(T,{label:"Brigade destinataire",value:d||l[0]?.id||"",onChange:u,options:l.map(f=>[f.id,f.name])}),t("div",{class:"field",children:[t("span",{"aria-hidden":"true",children:" "}),t("button",{type:"submit",class:"primary",disabled:p.busy||!s,children:"Enregistrer la règle"})]})]}),p.feedback]})}function ar({me:e}){let[n,o]=g(""),r=te(Xo,i=>i.users,{filter:n.trim()?{search:n.trim()}:null},[n]),s=i=>i.disabledAt?`Désactivé le ${k(i.disabledAt)}`:i.enrolmentStatus?`Inscription ${pe[i.enrolmentStatus].toLowerCase()}`:"Actif";return t(w,{title:"Comptes",children:[t("form",{class:"filters",role:"search",onSubmit:i=>i.preventDefault(),children:t(I,{label:"Rechercher (nom ou adresse)",value:n,onInput:o,type:"search"})}),r.error&&t(C,{kind:"error",children:r.error}),r.total!==null&&t("p",{class:"count",children:[r.total," comptes"]}),t(re,{rows:r.nodes,rowKey:i=>i.id,columns:[["Nom",i=>i.displayName],["Adresse",i=>i.email],["Rôle",i=>X[i.role]],["Rattachement",i=>i.brigade?.name??i.commune?.name??(i.coordinatedCommunes.map(a=>a.name).join(", ")||"—")],["État",s],["Action",i=>i.role==="RESIDENT"||i.id===e.id?"—":t(ur,{user:i,onChanged:r.reload})]]}),r.more]})}function ur({user:e,onChanged:n}){let{run:o,busy:r,feedback:s}=q(async()=>{e.disabledAt?await D(er,{id:e.id}):await D(tr,{id:e.id}),n()}),i=e.disabledAt?"Réactiver":"Désactiver";return t(N,{children:[t("button",{type:"button",class:"small",disabled:r,onClick:()=>void o(),"aria-label":`${i} ${e.displayName}`,children:i}),s]})}function dr(){let e=te(nr,n=>n.auditEvents,{},[]);return t(w,{title:"Journal d’audit",children:[e.error&&t(C,{kind:"error",children:e.error}),t(re,{rows:e.nodes,rowKey:n=>n.id,columns:[["Date",n=>k(n.at)],["Action",n=>t("code",{children:n.kind})],["Par",n=>n.actor?.displayName??"Système"],["Cible",n=>n.targetType?`${n.targetType} ${n.targetId??""}`:"—"]]}),e.more]})}function Fe({document:e,variables:n,onData:o,onState:r}){let s=null,i=!1,a=0,c,d=async()=>{if(i)return;let u=await Bn();if(i)return;let p=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql/ws`,y=new WebSocket(p,"graphql-transport-ws");s=y,y.onopen=()=>y.send(JSON.stringify({type:"connection_init",payload:u?{authorization:`Bearer ${u}`}:{}})),y.onmessage=l=>{let m;try{m=JSON.parse(String(l.data))}catch{return}switch(m.type){case"connection_ack":a=0,r?.(!0),y.send(JSON.stringify({id:"1",type:"subscribe",payload:{query:e.toString(),variables:n()}}));break;case"ping":y.send(JSON.stringify({type:"pong"}));break;case"next":m.payload?.data&&o(m.payload.data);break;case"error":case"complete":y.close(1e3);break}},y.onclose=()=>{r?.(!1),!i&&(a+=1,c=window.setTimeout(d,Math.min(3e4,500*2**a)))}};return d(),{close(){i=!0,window.clearTimeout(c),s?.close(1e3)}}}var lr=S(`
  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }
  }
`),cr=S(`
  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }
  }
`),mr=S(`
  mutation MarkDuplicate($id: ID!, $of: ID!) {
    markDuplicate(reportId: $id, duplicateOf: $of) { id status }
  }
`),pr=S(`
  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }
  }
`),gr=S(`
  query ReportAlerts($commune: String!) {
    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }
  }
`),yr=S(`
  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }
  }
`),fr=S(`
  mutation CloseInterventionAlert($id: ID!, $message: String!) {
    closeInterventionAlert(id: $id, message: $message) { id closedAt }
  }
`),br={SUBMITTED:[["ACKNOWLEDGED","Prendre en compte"],["REJECTED","Classer sans suite"]],ACKNOWLEDGED:[["IN_PROGRESS","Démarrer l’intervention"],["REJECTED","Classer sans suite"]],IN_PROGRESS:[["RESOLVED","Marquer traité"],["REJECTED","Classer sans suite"]],RESOLVED:[["ACKNOWLEDGED","Rouvrir"]],REJECTED:[["ACKNOWLEDGED","Rouvrir"]]};function eo({report:e,onChanged:n}){let o=br[e.status]??[],[r,s]=g(o[0]?.[0]??null),[i,a]=g(""),[c,d]=g("");A(()=>s(o[0]?.[0]??null),[e.status]);let{run:u,busy:p,feedback:y}=q(async l=>{let m={publicNote:i.trim()||null,internalNote:c.trim()||null};return l&&r?await D(lr,{id:e.id,to:r,...m}):await D(cr,{id:e.id,...m}),a(""),d(""),n(),l?"Statut mis à jour.":"Note enregistrée."});return t("form",{class:"action","aria-labelledby":"triage-title",onSubmit:l=>{l.preventDefault(),u(!0)},children:[t("h3",{id:"triage-title",children:"Traiter"}),o.length>0&&t(T,{label:"Nouveau statut",value:r??"",onChange:l=>s(l),options:o}),t(I,{label:"Réponse au signalant (visible par lui)",value:i,onInput:a,multiline:!0}),t(I,{label:"Note interne (brigade seulement)",value:c,onInput:d,multiline:!0}),t("div",{class:"buttons",children:[o.length>0&&t("button",{type:"submit",class:"primary",disabled:p,children:"Appliquer"}),t("button",{type:"button",disabled:p||!i.trim()&&!c.trim(),onClick:()=>void u(!1),children:"Ajouter la note seulement"})]}),y]})}function to({report:e,onChanged:n}){let o=e.possibleDuplicates.flatMap(({reportId:a,distanceMeters:c,observedAt:d,status:u})=>a&&c!=null&&d?[{reportId:a,distanceMeters:c,observedAt:d,status:u}]:[]),{run:r,busy:s,feedback:i}=q(async a=>(await D(mr,{id:e.id,of:a}),n(),"Signalement rattaché comme doublon."));return t("div",{class:"action",children:[t("h3",{children:"Doublons possibles"}),o.length===0?t("p",{class:"muted",children:"Aucun signalement ouvert de même catégorie à moins de 250 m dans les 48 h."}):t("ul",{class:"plain",children:o.map(a=>t("li",{children:["À ",Math.round(a.distanceMeters)," m, observé le ",k(a.observedAt)," (",B[a.status],")"," ",t("button",{type:"button",disabled:s,onClick:()=>void r(a.reportId),"aria-label":`Classer ce signalement comme doublon de celui observé à ${Math.round(a.distanceMeters)} m le ${k(a.observedAt)}`,children:"Classer comme doublon de celui-ci"})]},a.reportId))}),i]})}function no({report:e,brigades:n,onChanged:o}){let[r,s]=g(n[0]?.id??""),[i,a]=g("");A(()=>s(p=>p||n[0]?.id||""),[n]);let{run:c,busy:d,feedback:u}=q(async()=>(await D(pr,{id:e.id,to:r,reason:i}),o(),"Signalement transmis."));return t("form",{class:"action","aria-labelledby":"reroute-title",onSubmit:p=>{p.preventDefault(),c()},children:[t("h3",{id:"reroute-title",children:"Transmettre à une autre unité"}),t(T,{label:"Unité destinataire",value:r,onChange:s,options:n.map(p=>[p.id,p.name])}),t(I,{label:"Motif",value:i,onInput:a,required:!0}),t("button",{type:"submit",disabled:d||!r,children:"Transmettre"}),u]})}function oo({report:e}){let[n,o]=g(""),[r,s]=g([]),[i,a]=g(0);A(()=>{D(gr,{commune:e.commune.code}).then(p=>s(p.interventionAlerts.nodes.filter(y=>y.reportId===e.id))).catch(()=>s([]))},[e.id,i]);let{run:c,busy:d,feedback:u}=q(async()=>{let p=await D(yr,{commune:e.commune.code,message:n,report:e.id});return o(""),a(y=>y+1),`Alerte envoyée à ${p.sendInterventionAlert.recipients} élu(s).`});return t("div",{class:"action",children:[t("form",{"aria-labelledby":"alert-title",onSubmit:p=>{p.preventDefault(),c()},children:[t("h3",{id:"alert-title",children:["Alerter les élus de ",e.commune.name]}),t(I,{label:"Message d’intervention (SMS, sans nom ni adresse)",value:n,onInput:o,required:!0,multiline:!0}),t("button",{type:"submit",disabled:d||!n.trim(),children:"Envoyer l’alerte"}),u]}),r.length>0&&t("ul",{class:"plain alerts",children:r.map(p=>t(Sr,{alert:p,onClosed:()=>a(y=>y+1)},p.id))})]})}function Sr({alert:e,onClosed:n}){let[o,r]=g(""),{run:s,busy:i,feedback:a}=q(async()=>(await D(fr,{id:e.id,message:o}),n(),"Fin d’intervention envoyée."));return t("li",{children:[t("time",{dateTime:e.createdAt,children:k(e.createdAt)})," — ",e.message,e.closedAt?t("p",{class:"muted",children:["Terminée le ",k(e.closedAt)]}):t("form",{onSubmit:c=>{c.preventDefault(),s()},children:[t(I,{label:"Message de fin d’intervention",value:o,onInput:r,required:!0}),t("button",{type:"submit",disabled:i||!o.trim(),children:"Terminer l’intervention"}),a]})]})}var $r=S(`
  mutation ConfirmIncident($id: ID!) {
    confirmIncident(incidentId: $id) { id confirmed }
  }
`),hr=S(`
  mutation SplitReportFromIncident($id: ID!, $reason: String) {
    splitReportFromIncident(reportId: $id, reason: $reason) { id }
  }
`),Rr=S(`
  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }
  }
`),Dr=["ACKNOWLEDGED","IN_PROGRESS","RESOLVED","REJECTED"];function ro({report:e,onChanged:n,onOpen:o}){let r=e.incident,[s,i]=g("ACKNOWLEDGED"),[a,c]=g(""),[d,u]=g(""),p=q(async()=>(await D($r,{id:r.id}),n(),"Incident confirmé.")),y=q(async()=>(await D(hr,{id:e.id,reason:d.trim()||null}),u(""),n(),"Signalement détaché de l’incident.")),l=q(async()=>{let m=await D(Rr,{id:r.id,to:s,publicNote:a.trim()||null});c(""),n();let f=m.transitionIncident.length;return`${f} signalement${f>1?"s":""} passé${f>1?"s":""} à « ${B[s]} » ; chaque signalant est prévenu du sien.`});return r?t("section",{class:"action","aria-labelledby":"incident-title",children:[t("h3",{id:"incident-title",children:["Incident : ",r.reportCount," signalements ",r.confirmed?"(confirmé)":"(regroupement automatique)"]}),t("ul",{class:"incident-reports",children:r.reports.map(m=>t("li",{children:[m.id===e.id?t("strong",{children:[m.category.label," (ce signalement)"]}):t("button",{type:"button",class:"link",onClick:()=>o(m.id),children:m.category.label})," ","— ",B[m.status],", vu ",k(m.observedAt)]},m.id))}),!r.confirmed&&t("button",{type:"button",disabled:p.busy,onClick:()=>void p.run(),children:"Confirmer l’incident"}),p.feedback,t("form",{"aria-label":"Traiter tout l’incident",onSubmit:m=>{m.preventDefault(),l.run()},children:[t(T,{label:"Passer tout l’incident à",value:s,onChange:m=>i(m),options:Dr.map(m=>[m,B[m]])}),t(I,{label:"Réponse aux signalants (chacun la lit sur le sien)",value:a,onInput:c}),t("button",{type:"submit",disabled:l.busy,children:"Faire passer tout l’incident"}),l.feedback]}),t("form",{"aria-label":"Détacher ce signalement",onSubmit:m=>{m.preventDefault(),y.run()},children:[t(I,{label:"Pourquoi ce signalement est un autre fait (note interne)",value:d,onInput:u}),t("button",{type:"submit",disabled:y.busy,children:"Détacher ce signalement de l’incident"}),y.feedback]})]}):null}var _r=S(`
  query BrigadeStaff {
    brigadeStaff { id displayName rank commander }
  }
`),vr=S(`
  mutation AssignReport($id: ID!, $user: ID) {
    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }
  }
`),Ar=S(`
  mutation FlagReporterAbuse($id: ID!, $reason: String!) {
    flagReporterAbuse(reportId: $id, reason: $reason) { id status }
  }
`),Ir=S(`
  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }
  }
`);function io({report:e,onChanged:n}){let[o,r]=g([]),[s,i]=g(e.assignee?.id??""),[a,c]=g(String(e.priority??e.category.urgency)),[d,u]=g(""),[p,y]=g("");A(()=>{D(_r).then(h=>r(h.brigadeStaff)).catch(()=>r([]))},[]),A(()=>{i(e.assignee?.id??""),c(String(e.priority??e.category.urgency))},[e.id,e.assignee?.id,e.priority]);let l=q(async()=>(await D(vr,{id:e.id,user:s||null}),n(),s?"Signalement attribué.":"Attribution retirée.")),m=q(async()=>(await D(Ir,{id:e.id,priority:Number(a),reason:d.trim()||null}),u(""),n(),"Priorité enregistrée.")),f=q(async()=>(await D(Ar,{id:e.id,reason:p}),y(""),"Signalé à la commune, qui décidera.")),v=h=>[h.id,`${h.displayName}${h.rank?` (${h.rank})`:""}${h.commander?" — commandant":""}`];return t("div",{class:"action",children:[t("form",{"aria-labelledby":"assign-title",onSubmit:h=>{h.preventDefault(),l.run()},children:[t("h3",{id:"assign-title",children:"Attribuer"}),t(T,{label:"Membre de la brigade",value:s,onChange:i,options:[["","Personne"],...o.map(v)]}),t("button",{type:"submit",disabled:l.busy,children:"Enregistrer l’attribution"}),l.feedback]}),t("form",{"aria-labelledby":"priority-title",onSubmit:h=>{h.preventDefault(),m.run()},children:[t("h3",{id:"priority-title",children:"Priorité"}),t(T,{label:"Priorité de la brigade",value:a,onChange:c,options:jn.map(h=>[String(h),Y[h]])}),t(I,{label:"Raison du changement (note interne)",value:d,onInput:u}),t("button",{type:"submit",disabled:m.busy,children:"Changer la priorité"}),m.feedback]}),e.reporter&&t("form",{"aria-labelledby":"abuse-title",onSubmit:h=>{h.preventDefault(),f.run()},children:[t("h3",{id:"abuse-title",children:"Usage abusif"}),t(I,{label:"Raison, pour la commune (sans le contenu du signalement)",value:p,onInput:y,required:!0}),t("button",{type:"submit",disabled:f.busy||!p.trim(),children:"Signaler l’usage abusif à la commune"}),f.feedback]})]})}var Cr=S(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue
      assignee { id displayName }
      category { code label urgency }
      commune { code name }
      brigade { id name }
      location { latitude longitude }
      photos { id url }
      reporter { displayName email phone }
      duplicateOf { id }
      events { id kind status publicNote internalNote actorRole at }
      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }
      incident { id confirmed reportCount reports { id status observedAt category { label } } }
    }
  }
`);function so(e){let[n,o]=g(null),[r,s]=g(null),i=Ee(null);return A(()=>{i.current?.scrollIntoView({block:"start"}),i.current?.focus({preventScroll:!0})},[e.id]),A(()=>{let a=!0;return D(Cr,{id:e.id}).then(c=>{a&&(s(c.report?null:"Ce signalement n’est plus dans la file de la brigade."),o(c.report))}).catch(c=>a&&s(x(c))),()=>{a=!1}},[e.id,e.revision]),t("section",{class:"panel detail","aria-labelledby":"detail-title",id:"signalement",children:[t("div",{class:"detail-head",children:[t("h2",{id:"detail-title",tabIndex:-1,ref:i,children:n?`${n.category.label} — ${n.commune.name}`:"Signalement"}),t("button",{type:"button",onClick:e.onClose,children:"Fermer"})]}),r&&t(C,{kind:"error",children:r}),n&&t(Er,{report:n,...e},n.id)]})}function Er({report:e,brigades:n,onChanged:o,onOpen:r}){return t("div",{class:"detail-grid",children:[t("div",{children:[t("dl",{class:"facts",children:[t("dt",{children:"Statut"}),t("dd",{"data-testid":"report-status",children:B[e.status]}),t("dt",{children:"Urgence"}),t("dd",{children:Y[e.category.urgency]}),t("dt",{children:"Priorité de la brigade"}),t("dd",{"data-testid":"report-priority",children:e.priority!=null?Y[e.priority]:"—"}),t("dt",{children:"À prendre en compte avant"}),t("dd",{children:[e.acknowledgeBy?k(e.acknowledgeBy):"—",e.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("dt",{children:"Attribué à"}),t("dd",{"data-testid":"report-assignee",children:e.assignee?.displayName??"Personne"}),t("dt",{children:"Faits observés"}),t("dd",{children:k(e.observedAt)}),t("dt",{children:"Reçu"}),t("dd",{children:k(e.createdAt)}),t("dt",{children:"Lieu"}),t("dd",{children:[e.location.latitude.toFixed(5),", ",e.location.longitude.toFixed(5),e.accuracyMeters!=null&&` (± ${Math.round(e.accuracyMeters)} m)`]}),t("dt",{children:"Acheminement"}),t("dd",{children:[e.brigade.name," (",Hn[e.routingRule],")"]}),t("dt",{children:"Signalant"}),t("dd",{children:e.reporter?t(N,{children:[e.reporter.displayName," — ",t("a",{href:`mailto:${e.reporter.email}`,children:e.reporter.email}),e.reporter.phone&&t(N,{children:[" ","— ",t("a",{href:`tel:${e.reporter.phone}`,children:e.reporter.phone})]})]}):"—"})]}),t("h3",{children:"Description"}),t("p",{class:"description",children:e.description}),e.photos.length>0&&t(N,{children:[t("h3",{children:"Photos"}),t("ul",{class:"photos",children:e.photos.map((s,i)=>t("li",{children:t("a",{href:s.url,target:"_blank",rel:"noopener noreferrer",children:t("img",{src:s.url,alt:`Photo ${i+1} jointe au signalement`})})},s.id))})]}),t("h3",{children:"Historique"}),t("ol",{class:"history",children:e.events.map(s=>t("li",{children:[t("time",{dateTime:s.at,children:k(s.at)})," — ",Wn[s.kind]??s.kind,s.status&&` : ${B[s.status]}`," ",t("span",{class:"muted",children:["(",X[s.actorRole],")"]}),s.publicNote&&t("p",{class:"note",children:["« ",s.publicNote," »"]}),s.internalNote&&t("p",{class:"note internal",children:["Note interne : ",s.internalNote]})]},s.id))})]}),t("div",{children:[t(eo,{report:e,onChanged:o}),t(ro,{report:e,onChanged:o,onOpen:r}),t(io,{report:e,onChanged:o}),t(to,{report:e,onChanged:o}),t(no,{report:e,brigades:n,onChanged:o}),t(oo,{report:e})]})]})}var Tr=S(`
  query SecurityRequests($status: SecurityRequestStatus, $after: String) {
    securityRequests(filter: { status: $status }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id communeCode topic subject status updatedAt }
    }
  }
`),Nr=S(`
  query SecurityRequestThread($id: ID!) {
    securityRequest(id: $id) { id status messages { authorRole body createdAt } }
  }
`),xr=S(`
  mutation OpenSecurityRequest($input: SecurityRequestInput!) {
    openSecurityRequest(input: $input) { id status }
  }
`),qr=S(`
  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
    replyToSecurityRequest(id: $id, body: $body) { id status }
  }
`),kr=S(`
  mutation CloseSecurityRequest($id: ID!) {
    closeSecurityRequest(id: $id) { id status }
  }
`),uo={ADVICE:"Conseil",SECURITY_DIAGNOSIS:"Diagnostic de sécurité",SITUATIONAL_PREVENTION:"Prévention situationnelle",EVENT:"Événement",OTHER:"Autre demande"},ao={OPEN:"En attente de la brigade",ANSWERED:"Répondu",CLOSED:"Clos"};function Qe({communes:e,side:n}){let[o,r]=g(""),[s,i]=g(null),c=te(Tr,u=>u.securityRequests,{status:o||null},[o]),d=u=>e.find(p=>p.code===u)?.name??u;return t(w,{title:"Demandes de sécurité",id:"demandes",children:[t("p",{class:"muted",children:n==="commune"?"Échanges avec le référent sûreté de la brigade : conseils, diagnostics, événements.":"Échanges avec les élus des communes dont vous êtes le référent (ou que votre brigade couvre, si vous la commandez)."}),t(T,{label:"Demandes à afficher",value:o,onChange:r,options:[["","Toutes"],...Object.entries(ao)]}),c.error&&t(C,{kind:"error",children:c.error}),t("ul",{class:"plain requests",children:c.nodes.map(u=>t("li",{"data-request":u.id,children:[t("button",{type:"button",class:"link","aria-expanded":s===u.id,onClick:()=>i(s===u.id?null:u.id),children:u.subject})," ","— ",d(u.communeCode),", ",uo[u.topic],", ",t("strong",{children:ao[u.status]})," ",t("span",{class:"muted",children:["(",k(u.updatedAt),")"]}),s===u.id&&t(wr,{id:u.id,onChanged:c.reload})]},u.id))}),c.total===0&&t("p",{class:"muted",children:"Aucune demande."}),c.more,t(Mr,{communes:e,side:n,onOpened:c.reload})]})}function wr({id:e,onChanged:n}){let[o,r]=g(null),[s,i]=g(!1),[a,c]=g(null),[d,u]=g(""),[p,y]=g(0);A(()=>{D(Nr,{id:e}).then(f=>{r(f.securityRequest?.messages??[]),i(f.securityRequest?.status==="CLOSED")}).catch(f=>c(x(f)))},[e,p]);let l=q(async()=>(await D(qr,{id:e,body:d}),u(""),y(f=>f+1),n(),"Message envoyé.")),m=q(async()=>(await D(kr,{id:e}),n(),"Demande close."));return t("div",{class:"thread",children:[a&&t(C,{kind:"error",children:a}),t("ol",{class:"history",children:(o??[]).map((f,v)=>t("li",{children:[t("time",{dateTime:f.createdAt,children:k(f.createdAt)})," — ",t("span",{class:"muted",children:X[f.authorRole]}),t("p",{class:"note",children:f.body})]},v))}),!s&&t("form",{"aria-label":"Répondre à la demande",onSubmit:f=>{f.preventDefault(),l.run()},children:[t(I,{label:"Votre réponse",value:d,onInput:u,required:!0}),t("button",{type:"submit",disabled:l.busy||!d.trim(),children:"Envoyer la réponse"}),t("button",{type:"button",disabled:m.busy,onClick:()=>void m.run(),children:"Clore la demande"})]}),l.feedback,m.feedback]})}function Mr({communes:e,side:n,onOpened:o}){let[r,s]=g(e[0]?.code??""),[i,a]=g("ADVICE"),[c,d]=g(""),[u,p]=g("");A(()=>{!r&&e[0]&&s(e[0].code)},[e]);let y=q(async()=>(await D(xr,{input:{communeCode:r,topic:i,subject:c,body:u}}),d(""),p(""),o(),n==="commune"?"Demande envoyée au référent.":"Demande envoyée aux élus de la commune."));return t("form",{class:"new-request","aria-labelledby":"new-request-title",onSubmit:l=>{l.preventDefault(),y.run()},children:[t("h3",{id:"new-request-title",children:n==="commune"?"Écrire au référent":"Écrire aux élus d’une commune"}),t(T,{label:"Commune concernée",value:r,onChange:s,options:e.map(l=>[l.code,l.name])}),t(T,{label:"Objet de la demande",value:i,onChange:l=>a(l),options:Object.entries(uo)}),t(I,{label:"Sujet",value:c,onInput:d,required:!0}),t(I,{label:"Premier message",value:u,onInput:p,required:!0}),t("button",{type:"submit",disabled:y.busy||!c.trim()||!u.trim()||!r,children:"Envoyer la demande"}),y.feedback]})}var Or=20,Pr=S(`
  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
    brigadeQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }
    }
  }
`),Fr=S(`
  query BrigadeSetup {
    categories { code label }
    me { brigade { communes { code name referent { id } } } }
    brigadeTo: brigades { id code name }
  }
`),Qr=S(`
  query QueueOutlines($codes: [String!]!) {
    communeOutlines(codes: $codes) { code name polygons }
  }
`),Vr=S(`
  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }
  }
`);function lo({me:e}){let n=e.brigade,[o,r]=g([]),[s,i]=g([]),[a,c]=g([]),[d,u]=g([]),[p,y]=g("OPEN"),[l,m]=g(""),[f,v]=g(""),[h,$]=g(""),[_,O]=g(""),[Q,L]=g(!1),[F,W]=g([null]),[V,ie]=g(null),[U,j]=g(null),[se,fe]=g(null),[it,bo]=g(!1),[So,$o]=g(""),[st,at]=g(0),ut=Ee(null);A(()=>{D(Fr).then(async b=>{r(b.categories);let z=b.me?.brigade?.communes??[];i(z),c(b.brigadeTo.filter(ae=>ae.id!==n.id));let Ve=z.slice(0,100).map(ae=>ae.code),be=await D(Qr,{codes:Ve});u(be.communeOutlines)}).catch(b=>j(x(b)))},[n.id]);let dt=H(()=>{let b={status:p==="OPEN"?Gn:[p]};return l&&(b.categoryCode=l),f&&(b.communeCode=f),h&&(b.createdSince=new Date(Date.now()-Number(h)*36e5).toISOString()),_==="MINE"&&(b.assignment="ASSIGNED_TO_ME"),_==="NOBODY"&&(b.assignment="UNASSIGNED"),_==="OVERDUE"&&(b.overdue=!0),Q&&(b.onePerIncident=!0),b},[p,l,f,h,_,Q]),lt=F[F.length-1];A(()=>{let b=!0;return D(Pr,{filter:dt,first:Or,after:lt}).then(z=>b&&(ie(z.brigadeQueue),j(null))).catch(z=>b&&j(x(z))),()=>{b=!1}},[dt,lt,st]),A(()=>{let b,z=Fe({document:Vr,variables:()=>({brigade:n.id,after:ut.current}),onState:bo,onData:Ve=>{let be=Ve.brigadeQueueEvents;ut.current=be.id,be.kind==="FILED"&&$o("Nouveau signalement reçu."),window.clearTimeout(b),b=window.setTimeout(()=>at(ae=>ae+1),150)}});return()=>{window.clearTimeout(b),z.close()}},[n.id]);let ne=Te(b=>{b(),W([null])},[]),ho=(V?.nodes??[]).map(b=>({id:b.id,latitude:b.location.latitude,longitude:b.location.longitude,weight:b.priority??b.category.urgency,selected:b.id===se,label:`${b.category.label}, ${b.commune.name}, ${B[b.status]}`}));return t("div",{class:"brigade",children:[t("p",{class:"live-state","aria-live":"polite",children:[t("span",{class:it?"dot on":"dot","aria-hidden":"true"}),it?"Mises à jour en direct":"Connexion au direct…",t("span",{class:"visually-hidden",children:So})]}),t("div",{class:"columns",children:[t(w,{title:"File des signalements",id:"file",children:[t("form",{class:"filters",onSubmit:b=>b.preventDefault(),"aria-label":"Filtres de la file",children:[t(T,{label:"Statut",value:p,onChange:b=>ne(()=>y(b)),options:[["OPEN","En cours (reçus, pris en compte, en intervention)"],...Object.entries(B)]}),t(T,{label:"Catégorie",value:l,onChange:b=>ne(()=>m(b)),options:[["","Toutes"],...o.map(b=>[b.code,b.label])]}),t(T,{label:"Commune",value:f,onChange:b=>ne(()=>v(b)),options:[["","Toutes"],...s.map(b=>[b.code,b.name])]}),t(T,{label:"Reçus depuis",value:h,onChange:b=>ne(()=>$(b)),options:[["","Toujours"],["1","1 heure"],["24","24 heures"],["168","7 jours"],["720","30 jours"]]}),t(T,{label:"Suivi",value:_,onChange:b=>ne(()=>O(b)),options:[["","Tous"],["MINE","Attribués à moi"],["NOBODY","Non attribués"],["OVERDUE","En retard de prise en compte"]]}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:Q,onChange:b=>ne(()=>L(b.currentTarget.checked))}),"Une ligne par incident"]})]}),U&&t(C,{kind:"error",children:U}),V&&t(N,{children:[t("p",{class:"count","data-testid":"queue-count",children:[V.totalCount," signalement",V.totalCount>1?"s":""]}),t("table",{class:"queue",children:[t("caption",{class:"visually-hidden",children:"Signalements, par priorité de la brigade puis du plus ancien"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Priorité"}),t("th",{scope:"col",children:"Catégorie"}),t("th",{scope:"col",children:"Commune"}),t("th",{scope:"col",children:"Reçu"}),t("th",{scope:"col",children:"Statut"}),t("th",{scope:"col",children:"Attribué à"})]})}),t("tbody",{children:V.nodes.map(b=>t("tr",{class:b.id===se?"selected":"","data-report":b.id,children:[t("td",{children:[t("span",{class:`urgency urgency-${b.priority??b.category.urgency}`,children:Y[b.priority??b.category.urgency]}),b.overdue&&t("span",{class:"overdue",children:"En retard"})]}),t("td",{children:[t("button",{type:"button",class:"link",onClick:()=>fe(b.id),"aria-pressed":b.id===se,children:b.category.label}),b.incident&&t("span",{class:"incident-badge",children:["Incident · ",b.incident.reportCount," signalements"]}),t("span",{class:"excerpt",children:b.description.slice(0,80)})]}),t("td",{children:b.commune.name}),t("td",{children:t("time",{dateTime:b.createdAt,children:Zn(b.createdAt)})}),t("td",{children:B[b.status]}),t("td",{children:b.assignee?.displayName??"—"})]},b.id))})]}),V.nodes.length===0&&t("p",{class:"muted",children:"Aucun signalement ne correspond aux filtres."}),t("nav",{class:"pager","aria-label":"Pages de la file",children:[t("button",{type:"button",disabled:F.length<2,onClick:()=>W(F.slice(0,-1)),children:"Page précédente"}),t("span",{children:["Page ",F.length]}),t("button",{type:"button",disabled:!V.pageInfo.hasNextPage,onClick:()=>W([...F,V.pageInfo.endCursor]),children:"Page suivante"})]})]})]}),t(w,{title:"Carte de la file",id:"carte",children:t(oe,{title:`Communes couvertes par ${n.name}`,outlines:d,points:ho,onSelect:fe})})]}),t(Br,{me:e,communes:s}),se&&t(so,{id:se,revision:st,brigades:a,onClose:()=>fe(null),onChanged:()=>at(b=>b+1),onOpen:fe})]})}function Br({me:e,communes:n}){let o=e.commander?n:n.filter(r=>r.referent?.id===e.id);return o.length===0?null:t(Qe,{communes:o,side:"brigade"})}var Lr=S(`
  query AbuseFlags($code: String!) {
    abuseFlags(communeCode: $code, status: OPEN, first: 50) {
      totalCount
      nodes { id reason createdAt resident { displayName email } brigade { name } }
    }
  }
`),Ur=S(`
  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }
  }
`);function co({code:e}){let[n,o]=g(null),[r,s]=g(null),[i,a]=g(0);return A(()=>{D(Lr,{code:e}).then(c=>(o(c.abuseFlags.nodes),s(null))).catch(c=>s(x(c)))},[e,i]),!r&&n?.length===0?null:t(w,{title:"Usages abusifs signalés par la brigade",id:"abus",children:[r&&t(C,{kind:"error",children:r}),t("ul",{class:"plain",children:(n??[]).map(c=>t(Gr,{flag:c,onDecided:()=>a(d=>d+1)},c.id))})]})}function Gr({flag:e,onDecided:n}){let[o,r]=g(""),{run:s,busy:i,feedback:a}=q(async d=>(await D(Ur,{id:e.id,suspend:d,note:o.trim()||null}),n(),d?"Habitant suspendu.":"Signalement classé.")),c=e.resident?.displayName??"Habitant";return t("li",{"data-flag":e.id,children:[t("p",{children:[t("strong",{children:c})," — signalé par ",e.brigade.name," le ",t("time",{dateTime:e.createdAt,children:k(e.createdAt)})]}),t("p",{class:"note",children:["« ",e.reason," »"]}),t(I,{label:`Raison de la décision pour ${c}`,value:o,onInput:r}),t("div",{class:"buttons",children:[t("button",{type:"button",class:"danger",disabled:i,onClick:()=>void s(!0),children:"Suspendre l’habitant"}),t("button",{type:"button",disabled:i,onClick:()=>void s(!1),children:"Classer sans suite"})]}),a]})}var Wr=S(`
  subscription CoordinatorFeed {
    myNotifications { kind }
  }
`);function go({me:e}){let n=e.coordinatedCommunes,[o,r]=g(n[0]?.code??""),[s,i]=g({enrolments:0,alerts:0});return A(()=>{let a=Fe({document:Wr,variables:()=>({}),onData:c=>{let d=c.myNotifications.kind;d==="ENROLMENT_REQUEST"&&i(u=>({...u,enrolments:u.enrolments+1})),d==="INTERVENTION_ALERT"&&i(u=>({...u,alerts:u.alerts+1}))}});return()=>a.close()},[]),o?t("div",{class:"commune",children:[n.length>1&&t("form",{class:"filters",onSubmit:a=>a.preventDefault(),children:t(T,{label:"Commune",value:o,onChange:r,options:n.map(a=>[a.code,a.name])})}),t("div",{class:"columns",children:[t(Xr,{code:o,heard:s.enrolments}),t(ti,{code:o,heard:s.alerts})]}),t(co,{code:o}),t(Qe,{communes:n,side:"commune"}),t(oi,{code:o}),t(jr,{code:o})]}):t(C,{kind:"info",children:"Aucune commune ne vous est rattachée : adressez-vous à la préfecture."})}var Hr=S(`
  query CommuneBilan($code: String!, $year: Int!) {
    communeBilan(communeCode: $code, year: $year) { total threshold csv }
  }
`);function jr({code:e}){let n=new Date().getFullYear(),[o,r]=g(String(n)),[s,i]=g(null),[a,c]=g(null);A(()=>{D(Hr,{code:e,year:Number(o)}).then(y=>(i(y),c(null))).catch(y=>c(x(y)))},[e,o]);let d=s?.communeBilan,u=()=>{if(!d)return;let y=URL.createObjectURL(new Blob([d.csv],{type:"text/csv;charset=utf-8"})),l=document.createElement("a");l.href=y,l.download=`bilan-${e}-${o}.csv`,l.click(),URL.revokeObjectURL(y)},p=[0,1,2,3,4].map(y=>[String(n-y),String(n-y)]);return t(w,{title:"Bilan annuel",id:"bilan",children:[t("form",{class:"filters",onSubmit:y=>y.preventDefault(),"aria-label":"Année du bilan",children:t(T,{label:"Année",value:o,onChange:r,options:p})}),a&&t(C,{kind:"error",children:a}),d&&t(N,{children:[t("p",{class:"figures",children:t("span",{children:[t("strong",{"data-testid":"bilan-total",children:d.total??`< ${d.threshold}`})," signalements"]})}),t("p",{children:["Les nombres inférieurs à ",d.threshold," sont masqués (« < ",d.threshold," ») pour qu’aucun chiffre ne désigne un voisin."]}),t("button",{type:"button",onClick:u,children:"Télécharger le bilan (CSV)"})]})]})}var Kr=S(`
  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName email phone enrolmentStatus }
    }
  }
`),Zr=S(`
  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }
  }
`),Yr=S(`
  mutation SuspendResident($id: ID!, $reason: String!) {
    suspendResident(userId: $id, reason: $reason) { id }
  }
`),zr=S(`
  mutation ReinstateResident($id: ID!) {
    reinstateResident(userId: $id) { id }
  }
`),Jr=S(`
  query CommuneAlerts($code: String!) {
    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }
  }
`);function Xr({code:e,heard:n}){let[o,r]=g("PENDING"),s=te(Kr,i=>i.enrolmentRequests,{code:e,status:o},[e,o,n]);return t(w,{title:"Inscriptions des habitants",id:"inscriptions",children:[t("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:t(T,{label:"Afficher",value:o,onChange:i=>r(i),options:Object.entries(pe)})}),s.error&&t(C,{kind:"error",children:s.error}),s.total!==null&&t(N,{children:[t("p",{class:"count",children:[s.total," inscription",s.total>1?"s":""," ",pe[o].toLowerCase(),s.total>1?"s":""]}),t("ul",{class:"people",children:s.nodes.map(i=>t(ei,{person:i,onChanged:s.reload},i.id))}),s.more]})]})}function ei({person:e,onChanged:n}){let[o,r]=g(""),{run:s,busy:i,feedback:a}=q(async d=>{d==="approve"||d==="reject"?await D(Zr,{id:e.id,approve:d==="approve",reason:o.trim()||null}):d==="suspend"?await D(Yr,{id:e.id,reason:o}):await D(zr,{id:e.id}),n()}),c=e.enrolmentStatus==="PENDING";return t("li",{class:"person","data-person":e.email,children:[t("div",{children:[t("strong",{children:e.displayName})," — ",e.email,e.phone&&` — ${e.phone}`]}),(c||e.enrolmentStatus==="APPROVED")&&t(I,{label:c?"Motif (en cas de refus)":"Motif de la suspension",value:o,onInput:r}),t("div",{class:"buttons",children:[c&&t(N,{children:[t("button",{type:"button",class:"primary",disabled:i,onClick:()=>void s("approve"),children:["Approuver ",e.displayName]}),t("button",{type:"button",disabled:i,onClick:()=>void s("reject"),children:"Refuser"})]}),e.enrolmentStatus==="APPROVED"&&t("button",{type:"button",disabled:i||!o.trim(),onClick:()=>void s("suspend"),children:"Suspendre"}),e.enrolmentStatus==="SUSPENDED"&&t("button",{type:"button",disabled:i,onClick:()=>void s("reinstate"),children:"Rétablir"})]}),a]})}function ti({code:e,heard:n}){let[o,r]=g(null),[s,i]=g(null);return A(()=>{D(Jr,{code:e}).then(a=>r(a.interventionAlerts.nodes)).catch(a=>i(x(a)))},[e,n]),t(w,{title:"Alertes d’intervention reçues",id:"alertes",children:[s&&t(C,{kind:"error",children:s}),o&&o.length===0&&t("p",{class:"muted",children:"Aucune alerte."}),t("ul",{class:"plain alerts",children:(o??[]).map(a=>t("li",{children:[t("time",{dateTime:a.createdAt,children:k(a.createdAt)})," — ",a.message,a.closedAt?t("p",{class:"muted",children:["Terminée le ",k(a.closedAt)," ",a.closingMessage&&`: ${a.closingMessage}`]}):t("p",{class:"badge",children:"En cours"})]},a.id))})]})}var ni=S(`
  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
    communeOutlines(codes: [$code]) { code name polygons }
    communeActivity(communeCode: $code, from: $from, to: $to) {
      total
      medianSecondsToAcknowledge
      byCategory { key count }
      byStatus { key count }
      byWeek { key count }
      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }
    }
    categories { code label }
  }
`);function mo(e){return new Date(Date.now()+e*864e5).toISOString().slice(0,10)}function oi({code:e}){let[n,o]=g(mo(-90)),[r,s]=g(mo(0)),[i,a]=g(null),[c,d]=g(null);A(()=>{let m={from:n?`${n}T00:00:00Z`:null,to:r?new Date(Date.parse(`${r}T00:00:00Z`)+864e5).toISOString():null};D(ni,{code:e,...m}).then(f=>(a(f),d(null))).catch(f=>d(x(f)))},[e,n,r]);let u=H(()=>Object.fromEntries((i?.categories??[]).map(m=>[m.code,m.label])),[i]),p=H(()=>{let m=new Map;for(let f of i?.communeActivity.reports.nodes??[]){let v=`${f.location.latitude},${f.location.longitude}`,h=m.get(v)??{...f.location,count:0};h.count+=1,m.set(v,h)}return[...m.entries()].map(([f,v])=>({id:f,latitude:v.latitude,longitude:v.longitude,weight:v.count,label:`${v.count} signalement${v.count>1?"s":""} dans ce carré d’environ 200 m`}))},[i]),y=i?.communeActivity,l=i?.communeOutlines??[];return t(w,{title:"Activité de la commune",id:"activite",children:[t("form",{class:"filters",onSubmit:m=>m.preventDefault(),"aria-label":"Période",children:[t(I,{label:"Du",type:"date",value:n,onInput:o}),t(I,{label:"Au",type:"date",value:r,onInput:s})]}),c&&t(C,{kind:"error",children:c}),y&&t("div",{class:"columns",children:[t("div",{children:[t("p",{class:"figures",children:[t("span",{children:[t("strong",{"data-testid":"activity-total",children:y.total})," signalements"]}),t("span",{children:["Délai médian de prise en compte : ",t("strong",{children:we(y.medianSecondsToAcknowledge)})]})]}),t(Oe,{weeks:Me(y.byWeek,n||y.byWeek[0]?.key||r,r)}),t("div",{class:"columns",children:[t(po,{title:"Par catégorie",rows:y.byCategory,label:m=>u[m]??m}),t(po,{title:"Par statut",rows:y.byStatus,label:Un})]})]}),t(oe,{title:"Signalements de la période, par carré d’environ 200 m (sans signalant)",outlines:l,points:p,grid:!0})]})]})}function po({title:e,rows:n,label:o}){return t("table",{class:"counts",children:[t("caption",{children:e}),t("tbody",{children:n.map(r=>t("tr",{children:[t("th",{scope:"row",children:o(r.key)}),t("td",{children:r.count})]},r.key))})]})}var ri=S(`
  mutation SetTotp($code: String) {
    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }
  }
`);function yo({onEnabled:e}){let[n,o]=g(null),[r,s]=g(""),[i,a]=g(null),[c,d]=g(!1),[u,p]=g(!1),y=async l=>{p(!0),a(null);try{let m=await D(ri,{code:l});o(m.setTotp),m.setTotp.enabled&&e(),s("")}catch(m){m instanceof G&&m.code==="CONFLICT"?d(!0):a(x(m))}finally{p(!1)}};return t(w,{title:"Double authentification",id:"securite",children:[c&&t(C,{kind:"info",children:"La double authentification est déjà activée sur ce compte. Pour changer d’application, demandez sa réinitialisation à la préfecture."}),!n&&!c&&t(N,{children:[t("p",{children:"Protégez votre compte : à chaque connexion, un code de votre application d’authentification vous sera demandé en plus du mot de passe."}),t("button",{type:"button",disabled:u,onClick:()=>void y(null),children:"Activer la double authentification"})]}),n&&!n.enabled&&t("form",{"aria-label":"Confirmer la double authentification",onSubmit:l=>{l.preventDefault(),y(r.trim())},children:[t("p",{children:"Scannez ce code avec votre application d’authentification, puis saisissez le code qu’elle affiche."}),n.qrSvg&&t("img",{class:"qr",width:"200",height:"200",alt:"Code QR de l’application d’authentification",src:`data:image/svg+xml;charset=utf-8,${encodeURIComponent(n.qrSvg)}`}),n.secret&&t("p",{children:["Ou saisissez la clé à la main : ",t("code",{children:n.secret})]}),t(I,{label:"Code à 6 chiffres",autocomplete:"one-time-code",value:r,onInput:s,required:!0}),t("button",{type:"submit",class:"primary",disabled:u,children:"Confirmer"})]}),n?.enabled&&t(N,{children:[t(C,{kind:"success",children:"Double authentification activée."}),t("p",{children:"Codes de secours, chacun utilisable une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés."}),t("ul",{class:"plain recovery",children:(n.recoveryCodes??[]).map(l=>t("li",{children:t("code",{children:l})},l))})]}),i&&t(C,{kind:"error",children:i})]})}var ii=["BRIGADE_STAFF","COORDINATOR","ADMIN"];function si(){let[e,n]=g(void 0),[o,r]=g(null),[s,i]=g(0);A(()=>{let c=Fn(d=>d===null&&n(null));return me().then(a),c},[]);let a=async c=>{if(c&&!ii.includes(c.role)){await qe(),r("Les consoles sont réservées aux brigades, aux coordinateurs communaux et à la préfecture. Les habitants utilisent l’application mobile Vigie."),n(null);return}Kn(c?.brigade?.timeZone??c?.coordinatedCommunes[0]?.timeZone),n(c)};return A(()=>{document.title=e?`${rt(e)} — Vigie`:"Connexion — Vigie"},[e]),e===void 0?t("p",{class:"loading",children:"Chargement…"}):e===null?t(ai,{refused:o,onSignedIn:c=>void a(c)}):t(N,{children:[t("a",{class:"skip",href:"#contenu",children:"Aller au contenu"}),t("header",{class:"top",children:[t("div",{class:"brand",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"28",height:"28"}),t("span",{children:"Vigie"}),t("span",{class:"muted",children:rt(e)})]}),t("div",{class:"who",children:[t("span",{children:[e.displayName," — ",X[e.role]]}),t("button",{type:"button",onClick:()=>void qe(),children:"Se déconnecter"}),t("button",{type:"button",onClick:()=>void qe(!0),children:"Se déconnecter partout"})]})]}),t("main",{id:"contenu",tabIndex:-1,children:[t("h1",{children:rt(e)}),t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t("div",{children:[e.role==="BRIGADE_STAFF"&&e.brigade&&t(lo,{me:e}),e.role==="COORDINATOR"&&t(go,{me:e}),e.role==="ADMIN"&&t(Xn,{me:e})]},s),t(yo,{onEnabled:()=>i(c=>c+1)})]})]})}function rt(e){return e.role==="BRIGADE_STAFF"?`Console de brigade — ${e.brigade?.name??""}`:e.role==="COORDINATOR"?`Console communale — ${e.coordinatedCommunes.map(n=>n.name).join(", ")}`:"Administration"}function ai({refused:e,onSignedIn:n}){let[o,r]=g(""),[s,i]=g(""),[a,c]=g(""),[d,u]=g(!1),[p,y]=g(null),[l,m]=g(!1);return t("main",{class:"sign-in",id:"contenu",children:[t("img",{src:"/console/assets/vigie.svg",alt:"",width:"56",height:"56"}),t("h1",{children:"Vigie — consoles de la participation citoyenne"}),t("p",{children:"Brigades, coordinateurs communaux et préfecture : connectez-vous avec votre compte Vigie."}),e&&t(C,{kind:"error",children:e}),t("form",{onSubmit:async v=>{v.preventDefault(),m(!0),y(null);try{n(await Ln(o.trim(),s,d?a.trim():null))}catch(h){h instanceof G&&h.code==="TOTP_REQUIRED"?u(!0):y(x(h))}finally{m(!1)}},"aria-label":"Connexion",children:[t("p",{class:"hint",children:"Les champs marqués d’un astérisque (*) sont obligatoires."}),t(I,{label:"Adresse électronique",type:"email",autocomplete:"username",value:o,onInput:r,required:!0}),t(I,{label:"Mot de passe",type:"password",autocomplete:"current-password",value:s,onInput:i,required:!0}),d&&t(I,{label:"Code de vérification",hint:"Le code à 6 chiffres de votre application d’authentification, ou un code de secours.",autocomplete:"one-time-code",value:a,onInput:c,required:!0}),p&&t(C,{kind:"error",children:p}),t("button",{type:"submit",class:"primary",disabled:l,children:"Se connecter"})]})]})}var fo=document.getElementById("app");fo&&It(t(si,{}),fo);})();
