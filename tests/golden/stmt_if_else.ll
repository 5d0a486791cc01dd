; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_close(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_close" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost19, %stat.inc21, %rec.fill18, %if.else10, %rec.lost12, %stat.inc14, %rec.fill11, %rec.lost4, %stat.inc6, %rec.fill3, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !55
  %6 = bitcast i8* %5 to i32*, !dbg !55
  %7 = load i32, i32* %6, align 4, !dbg !55
  %8 = icmp eq i32 %7, 1, !dbg !55
  br i1 %8, label %if.then, label %if.done, !dbg !55

if.then:                                          ; preds = %pid.match
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !56
  %.not28 = icmp eq i8* %9, null, !dbg !56
  br i1 %.not28, label %rec.lost, label %rec.fill, !dbg !56

if.done:                                          ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.match
  %10 = load i32, i32* %6, align 4, !dbg !57
  %11 = icmp ugt i32 %10, 2, !dbg !57
  br i1 %11, label %if.then1, label %if.else, !dbg !57

rec.fill:                                         ; preds = %if.then
  %12 = bitcast i8* %9 to i64*, !dbg !56
  store i64 1, i64* %12, align 8, !dbg !56
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %14 = icmp ugt i64 %13, 65536, !dbg !56
  %15 = select i1 %14, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %15) #0, !dbg !56
  br label %if.done, !dbg !56

rec.lost:                                         ; preds = %if.then
  %16 = bitcast i32* %zero to i8*, !dbg !56
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !56
  %.not29 = icmp eq i8* %17, null, !dbg !56
  br i1 %.not29, label %if.done, label %stat.inc, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !56
  %19 = load i64, i64* %18, align 8, !dbg !56
  %20 = add i64 %19, 1, !dbg !56
  store i64 %20, i64* %18, align 8, !dbg !56
  br label %if.done, !dbg !56

if.then1:                                         ; preds = %if.done
  %21 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !58
  %.not26 = icmp eq i8* %21, null, !dbg !58
  br i1 %.not26, label %rec.lost4, label %rec.fill3, !dbg !58

if.else:                                          ; preds = %if.done
  %22 = icmp eq i32 %10, 0, !dbg !59
  br i1 %22, label %if.then8, label %if.else10, !dbg !59

rec.fill3:                                        ; preds = %if.then1
  %23 = bitcast i8* %21 to i64*, !dbg !58
  store i64 4294967297, i64* %23, align 8, !dbg !58
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !58
  %25 = icmp ugt i64 %24, 65536, !dbg !58
  %26 = select i1 %25, i64 2, i64 1, !dbg !58
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %21, i64 %26) #0, !dbg !58
  br label %return, !dbg !58

rec.lost4:                                        ; preds = %if.then1
  %27 = bitcast i32* %zero to i8*, !dbg !58
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !58
  %.not27 = icmp eq i8* %28, null, !dbg !58
  br i1 %.not27, label %return, label %stat.inc6, !dbg !58

stat.inc6:                                        ; preds = %rec.lost4
  %29 = bitcast i8* %28 to i64*, !dbg !58
  %30 = load i64, i64* %29, align 8, !dbg !58
  %31 = add i64 %30, 1, !dbg !58
  store i64 %31, i64* %29, align 8, !dbg !58
  br label %return, !dbg !58

if.then8:                                         ; preds = %if.else
  %32 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !60
  %.not24 = icmp eq i8* %32, null, !dbg !60
  br i1 %.not24, label %rec.lost12, label %rec.fill11, !dbg !60

if.else10:                                        ; preds = %if.else
  %33 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !61
  %pid.mask = and i64 %33, -4294967296, !dbg !61
  %34 = icmp eq i64 %pid.mask, 4294967296, !dbg !61
  br i1 %34, label %if.then16, label %return, !dbg !61

rec.fill11:                                       ; preds = %if.then8
  %35 = bitcast i8* %32 to i64*, !dbg !60
  store i64 8589934593, i64* %35, align 8, !dbg !60
  %36 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !60
  %37 = icmp ugt i64 %36, 65536, !dbg !60
  %38 = select i1 %37, i64 2, i64 1, !dbg !60
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %32, i64 %38) #0, !dbg !60
  br label %return, !dbg !60

rec.lost12:                                       ; preds = %if.then8
  %39 = bitcast i32* %zero to i8*, !dbg !60
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %39) #0, !dbg !60
  %.not25 = icmp eq i8* %40, null, !dbg !60
  br i1 %.not25, label %return, label %stat.inc14, !dbg !60

stat.inc14:                                       ; preds = %rec.lost12
  %41 = bitcast i8* %40 to i64*, !dbg !60
  %42 = load i64, i64* %41, align 8, !dbg !60
  %43 = add i64 %42, 1, !dbg !60
  store i64 %43, i64* %41, align 8, !dbg !60
  br label %return, !dbg !60

if.then16:                                        ; preds = %if.else10
  %44 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !62
  %.not = icmp eq i8* %44, null, !dbg !62
  br i1 %.not, label %rec.lost19, label %rec.fill18, !dbg !62

rec.fill18:                                       ; preds = %if.then16
  %45 = bitcast i8* %44 to i64*, !dbg !62
  store i64 12884901889, i64* %45, align 8, !dbg !62
  %46 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !62
  %47 = icmp ugt i64 %46, 65536, !dbg !62
  %48 = select i1 %47, i64 2, i64 1, !dbg !62
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %44, i64 %48) #0, !dbg !62
  br label %return, !dbg !62

rec.lost19:                                       ; preds = %if.then16
  %49 = bitcast i32* %zero to i8*, !dbg !62
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %49) #0, !dbg !62
  %.not23 = icmp eq i8* %50, null, !dbg !62
  br i1 %.not23, label %return, label %stat.inc21, !dbg !62

stat.inc21:                                       ; preds = %rec.lost19
  %51 = bitcast i8* %50 to i64*, !dbg !62
  %52 = load i64, i64* %51, align 8, !dbg !62
  %53 = add i64 %52, 1, !dbg !62
  store i64 %53, i64* %51, align 8, !dbg !62
  br label %return, !dbg !62
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "stmt_if_else.tp", directory: ".")
!4 = !{!0, !5, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "tp0_sys_enter_close", linkageName: "tp0_sys_enter_close", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 4, column: 3, scope: !47)
!57 = !DILocation(line: 6, column: 2, scope: !47)
!58 = !DILocation(line: 7, column: 3, scope: !47)
!59 = !DILocation(line: 8, column: 9, scope: !47)
!60 = !DILocation(line: 9, column: 3, scope: !47)
!61 = !DILocation(line: 11, column: 3, scope: !47)
!62 = !DILocation(line: 12, column: 4, scope: !47)
